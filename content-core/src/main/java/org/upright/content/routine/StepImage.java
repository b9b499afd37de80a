package org.upright.content.routine;

/** A stored step picture as served: its type and bytes (SVGs already sanitized). */
public record StepImage(long id, String contentType, byte[] bytes) {
}
