package org.jixiao.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    private static final String SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e", "trace:1.2_3"})
    void acceptsSafeIds(String id) {
        assertEquals(Optional.of(id), RequestIds.accept(id));
        assertEquals(id, RequestIds.acceptOrCreate(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "a\nb", "a\"b", "<script>", "id;drop", "请求", "a/b"})
    void refusesUnsafeIds(String id) {
        assertEquals(Optional.empty(), RequestIds.accept(id));
    }

    @Test
    void refusesMissingAndOverlongIds() {
        assertEquals(Optional.empty(), RequestIds.accept(null));
        assertTrue(RequestIds.accept("x".repeat(RequestIds.MAX_LENGTH)).isPresent());
        assertFalse(RequestIds.accept("x".repeat(RequestIds.MAX_LENGTH + 1)).isPresent());
    }

    @Test
    void createsDistinctUuidsForUnacceptableIds() {
        String first = RequestIds.acceptOrCreate(null);
        String second = RequestIds.acceptOrCreate("bad id");
        assertEquals(first, UUID.fromString(first).toString());
        assertEquals(second, UUID.fromString(second).toString());
        assertNotEquals(first, second);
    }

    @Test
    void theResultIsAlwaysAnAcceptableIdAndAcceptingItAgainKeepsIt() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String incoming = randomId(random);
            String settled = RequestIds.acceptOrCreate(incoming);
            assertEquals(Optional.of(settled), RequestIds.accept(settled), incoming);
            assertEquals(settled, RequestIds.acceptOrCreate(settled));
            boolean safe = !incoming.isEmpty() && incoming.length() <= RequestIds.MAX_LENGTH
                    && incoming.chars().allMatch(c -> SAFE.indexOf(c) >= 0);
            assertEquals(safe, settled.equals(incoming), incoming);
        }
    }

    private static String randomId(Random random) {
        int length = random.nextInt(140);
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(random.nextInt(20) == 0 ? (char) (random.nextInt(0x3000) + 1) : SAFE.charAt(random.nextInt(SAFE.length())));
        }
        return id.toString();
    }
}
