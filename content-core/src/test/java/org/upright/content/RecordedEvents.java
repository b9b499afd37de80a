package org.upright.content;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.upright.content.shared.ContentStatusChanged;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects ContentStatusChanged events, noting whether each arrived inside a transaction. */
@Component
public class RecordedEvents {

    public record Received(ContentStatusChanged event, boolean inTransaction) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ContentStatusChanged event) {
        received.add(new Received(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    public List<Received> about(String kind, long id) {
        return received.stream().filter(r -> r.event().kind().equals(kind) && r.event().id() == id).toList();
    }
}
