package org.upright.content.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Set;

/** Keeps only sort properties a list offers (a grid could send anything), with a stable fallback. */
public final class SortWhitelist {

    private SortWhitelist() {
    }

    public static Pageable restrict(Pageable requested, Set<String> allowed, Sort fallback) {
        Sort sort = Sort.by(requested.getSort().stream().filter(o -> allowed.contains(o.getProperty())).toList());
        Sort effective = (sort.isUnsorted() ? fallback : sort).and(Sort.by("id"));
        return requested.isUnpaged() ? PageRequest.of(0, 50, effective)
                : PageRequest.of(requested.getPageNumber(), requested.getPageSize(), effective);
    }
}
