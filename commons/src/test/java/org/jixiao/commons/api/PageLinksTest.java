package org.jixiao.commons.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static Page<Integer> page(int page, int size, long total) {
        return new Page<>(Collections.nCopies((int) Math.min(size, Math.max(0, total - (long) page * size)), 1), page, size, total);
    }

    @Test
    void aMiddlePageLinksToAllFourAndKeepsTheOtherParameters() {
        assertEquals("</api/v1/units?regionCode=62&page=0&size=50>; rel=\"first\", "
                        + "</api/v1/units?regionCode=62&page=1&size=50>; rel=\"prev\", "
                        + "</api/v1/units?regionCode=62&page=3&size=50>; rel=\"next\", "
                        + "</api/v1/units?regionCode=62&page=3&size=50>; rel=\"last\"",
                PageLinks.header("/api/v1/units", "regionCode=62&page=2&size=50", page(2, 50, 151)));
    }

    @Test
    void theFirstPageHasNoPrevAndTheLastNoNext() {
        assertEquals("</r?page=0&size=10>; rel=\"first\", </r?page=1&size=10>; rel=\"next\", </r?page=1&size=10>; rel=\"last\"",
                PageLinks.header("/r", null, page(0, 10, 20)));
        assertEquals("</r?page=0&size=10>; rel=\"first\", </r?page=0&size=10>; rel=\"prev\", </r?page=1&size=10>; rel=\"last\"",
                PageLinks.header("/r", "page=1&size=10", page(1, 10, 20)));
    }

    @Test
    void anEmptyListHasOnePageAndAPagePastTheEndPointsBackToTheLast() {
        assertEquals("</r?page=0&size=50>; rel=\"first\", </r?page=0&size=50>; rel=\"last\"",
                PageLinks.header("/r", "", page(0, 50, 0)));
        assertEquals("</r?page=0&size=10>; rel=\"first\", </r?page=1&size=10>; rel=\"prev\", </r?page=1&size=10>; rel=\"last\"",
                PageLinks.header("/r", "page=7&size=10", page(7, 10, 20)));
    }

    @Test
    void sliceCutsAListHeldWholeAndCountsIt() {
        Page<Integer> third = Page.slice(List.of(1, 2, 3, 4, 5), 2, 2);
        assertEquals(List.of(5), third.items());
        assertEquals(5, third.total());
        assertEquals(List.of(), Page.slice(List.of(1, 2), 5, 2).items());
        assertEquals(2, Page.slice(List.of(1, 2, 3, 4, 5), 0, 2).lastPage());
    }
}
