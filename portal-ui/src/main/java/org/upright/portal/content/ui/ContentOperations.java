package org.upright.portal.content.ui;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The service calls an editor makes for one kind of content, given as method references, e.g.
 * {@code new ContentOperations<>(articles::findForEditing, articles::create, articles::update,
 * articles::publish, articles::unpublish, articles::archive, ArticleDetails::toDraft)}.
 *
 * @param draftOf what a stored item looks like as a draft, to tell whether the form changed it
 */
public record ContentOperations<D, T>(LongFunction<Optional<D>> find, Function<T, D> create, Update<T, D> update,
                                      StatusChange<D> publish, StatusChange<D> unpublish, StatusChange<D> archive,
                                      Function<D, T> draftOf) {

    @FunctionalInterface
    public interface Update<T, D> {
        D apply(long id, long lockVersion, T draft);
    }

    @FunctionalInterface
    public interface StatusChange<D> {
        D apply(long id, long lockVersion);
    }
}
