package dk.refleksionsbog.core.summary;

import java.time.LocalDate;

/** A sparring partner's comment as printed: who, when and what. */
public record SummaryComment(String author, LocalDate date, String text) {}
