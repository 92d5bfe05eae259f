package org.docedition.link;

import java.util.List;
import org.docedition.model.DocumentId;

/**
 * Documents grouped by year, then month, in date order; partial dates come first in their period.
 *
 * @param years  dated documents by year, ascending
 * @param undated documents without any date
 */
public record Chronology(List<Year> years, List<DocumentId> undated) implements java.io.Serializable {

    public Chronology {
        years = List.copyOf(years);
        undated = List.copyOf(undated);
    }

    /**
     * One year.
     *
     * @param year      the year
     * @param yearOnly  documents dated only to this year (listed first)
     * @param months    the months that have documents, ascending
     */
    public record Year(int year, List<DocumentId> yearOnly, List<Month> months) implements java.io.Serializable {
        public Year {
            yearOnly = List.copyOf(yearOnly);
            months = List.copyOf(months);
        }

        public int count() {
            return yearOnly.size() + months.stream().mapToInt(Month::count).sum();
        }
    }

    /**
     * One month.
     *
     * @param month     1-12
     * @param monthOnly documents dated only to this month (listed first)
     * @param days      documents dated to a day, in date order
     */
    public record Month(int month, List<DocumentId> monthOnly, List<DocumentId> days) implements java.io.Serializable {
        public Month {
            monthOnly = List.copyOf(monthOnly);
            days = List.copyOf(days);
        }

        public int count() {
            return monthOnly.size() + days.size();
        }
    }
}
