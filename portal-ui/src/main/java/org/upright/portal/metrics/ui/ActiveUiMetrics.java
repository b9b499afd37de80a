package org.upright.portal.metrics.ui;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open Vaadin UIs on this node (one per browser tab): each holds state in the server session,
 * so this is what fills a node's memory. Up on UI init, down when the UI detaches (tab closed,
 * session ended or expired).
 */
@Component
class ActiveUiMetrics implements VaadinServiceInitListener {

    static final String ACTIVE_UIS = "upright.ui.active";

    private final AtomicInteger active = new AtomicInteger();

    ActiveUiMetrics(MeterRegistry registry) {
        Gauge.builder(ACTIVE_UIS, active, AtomicInteger::get).description("Open Vaadin UIs (browser tabs) on this node")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            active.incrementAndGet();
            init.getUI().addDetachListener(detach -> active.decrementAndGet());
        });
    }
}
