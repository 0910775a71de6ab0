package dk.refleksionsbog.app.summary;

import java.util.List;

/** Sends pages to a printer; the view implements it with the system's print dialog. */
@FunctionalInterface
public interface PagePrinter {

    enum Outcome { PRINTED, CANCELLED, NO_PRINTER }

    Outcome print(List<SummaryPage> pages);
}
