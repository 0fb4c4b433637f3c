package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.JsonDecodeException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The leaf codecs of the runtime: special types, free-form JSON, errors naming the place. */
class CodecsTest {
    private final JSON json = new JSON();

    @Test
    void timeIsWrittenWithWholeSecondsAndMicroTimeWithSixDigits() {
        OffsetDateTime t = OffsetDateTime.of(2024, 5, 1, 10, 20, 30, 123_456_789, ZoneOffset.UTC);
        assertEquals("2024-05-01T10:20:30Z", Codecs.formatTime(t));
        assertEquals("2024-05-01T10:20:30.123456Z", Codecs.formatMicroTime(t));
        OffsetDateTime whole = OffsetDateTime.of(2024, 5, 1, 10, 20, 30, 0, ZoneOffset.UTC);
        assertEquals("2024-05-01T10:20:30.000000Z", Codecs.formatMicroTime(whole));
        assertEquals("\"2024-05-01T10:20:30Z\"", json.serialize(whole));
    }

    @Test
    void timeIsParsedLeniently() {
        OffsetDateTime expected = OffsetDateTime.of(2024, 5, 1, 10, 20, 30, 0, ZoneOffset.UTC);
        assertEquals(expected, Codecs.parseTime("2024-05-01T10:20:30Z"));
        assertEquals(expected, Codecs.parseTime("2024-05-01t10:20:30z"));
        assertEquals(expected, Codecs.parseTime("2024-05-01T10:20:30"));
        assertEquals(expected, Codecs.parseTime("2024-05-01T12:20:30+02:00").withOffsetSameInstant(ZoneOffset.UTC));
        assertEquals(123_000_000, Codecs.parseTime("2024-05-01T10:20:30.123Z").getNano());
        assertEquals(123_456_789, Codecs.parseTime("2024-05-01T10:20:30.123456789Z").getNano());
        // the API server's own form is read without a DateTimeFormatter: offsets, fractions
        // beyond nanoseconds and invalid dates as the lenient parser has them
        assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 20, 30, 0, ZoneOffset.ofHours(-5)),
                Codecs.parseTime("2024-05-01T10:20:30-05:00"));
        assertEquals(123_456_789, Codecs.parseTime("2024-05-01T10:20:30.1234567891Z").getNano());
        assertThrows(java.time.format.DateTimeParseException.class,
                () -> Codecs.parseTime("2024-02-30T10:20:30Z"));
    }

    @Test
    void bytesAreBase64() throws Exception {
        byte[] raw = {0, 1, 2, (byte) 0xFF, 'k', 's'};
        String text = json.serialize(raw);
        assertEquals("\"AAEC/2tz\"", text);
        assertArrayEquals(raw, json.deserialize(text, byte[].class));
        JsonDecodeException e = assertThrows(JsonDecodeException.class,
                () -> json.deserialize("\"not base64!\"", byte[].class));
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void intOrStringKeepsItsKind() throws Exception {
        IntOrString port = json.deserialize("8080", IntOrString.class);
        assertTrue(port.isInteger());
        assertEquals(8080, port.getIntValue());
        IntOrString name = json.deserialize("\"http\"", IntOrString.class);
        assertFalse(name.isInteger());
        assertEquals("http", name.getStrValue());
        assertEquals("8080", json.serialize(port));
        assertEquals("\"25%\"", json.serialize(new IntOrString("25%")));
        assertThrows(IllegalStateException.class, port::getStrValue);
        assertEquals(new IntOrString(1), new IntOrString(1));
        assertFalse(new IntOrString(1).equals(new IntOrString("1")));
    }

    @Test
    void quantityKeepsItsTextAndHasAValue() throws Exception {
        Quantity q = json.deserialize("\"1Gi\"", Quantity.class);
        assertEquals("\"1Gi\"", json.serialize(q));
        assertEquals(new BigDecimal(1L << 30), q.getNumber());
        assertEquals(Quantity.Format.BINARY_SI, q.getFormat());
        assertEquals(q, new Quantity("1024Mi"));
        assertEquals(new Quantity("1024Mi").hashCode(), q.hashCode());
        assertEquals(0, new BigDecimal("0.1").compareTo(new Quantity("100m").getNumber()));
        assertEquals(0, new BigDecimal("1000").compareTo(new Quantity("1e3").getNumber()));
        assertEquals(Quantity.Format.DECIMAL_EXPONENT, new Quantity("1e3").getFormat());
        // numbers are accepted where a quantity is expected
        Quantity two = json.deserialize("2", Quantity.class);
        assertEquals(0, new BigDecimal("2").compareTo(two.getNumber()));
        assertThrows(NumberFormatException.class, () -> new Quantity("12 apples"));
        JsonDecodeException e = assertThrows(JsonDecodeException.class,
                () -> json.deserialize("\"1Xi\"", Quantity.class));
        assertTrue(e.getMessage().contains("1Xi"), e.getMessage());
    }

    /** The syntax before the text was parsed by hand: a regular expression and suffix tables. */
    private static final java.util.regex.Pattern QUANTITY_SYNTAX = java.util.regex.Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([eE][+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]?)");

    @Test
    void quantityTextsAreAcceptedExactlyAsTheKubernetesSyntaxSays() {
        String[] texts = {"1", "1.", ".5", "+1Ki", "-1m", "1E", "1e3", "1e-3", "1E+3", "0.5Gi",
            "12345678901234567890", "1.000", " 2Mi ", "", ".", "+", "-", "e3", "1e", "1e+",
            "1Xi", "1 Gi", "1.2.3", "1Gi ", "1KiB", "1k1", "1ee3", "1e3.5", "0x10", "Mi", "1mi",
            "1e99999999999"};
        for (String text : texts) {
            boolean valid = QUANTITY_SYNTAX.matcher(text.trim()).matches()
                    && !text.trim().matches(".*[eE][0-9]{11,}");
            if (valid) {
                Quantity q = new Quantity(text);
                assertEquals(text.trim(), q.toSuffixedString(), text);
                assertEquals(q, new Quantity(q.getNumber(), q.getFormat()), text);
                assertEquals(new Quantity(q.getNumber(), q.getFormat()).hashCode(), q.hashCode(), text);
            } else {
                assertThrows(NumberFormatException.class, () -> new Quantity(text), text);
            }
        }
        assertEquals(0, new BigDecimal("1000000000000000000").compareTo(new Quantity("1E").getNumber()));
        assertEquals(0, new BigDecimal("0.5").compareTo(new Quantity(".5").getNumber()));
        assertEquals(0, new BigDecimal("-0.001").compareTo(new Quantity("-1m").getNumber()));
        assertEquals(0, new BigDecimal("1024").compareTo(new Quantity("+1Ki").getNumber()));
        assertEquals(0, new BigDecimal("0.001").compareTo(new Quantity("1e-3").getNumber()));
        assertEquals(Quantity.Format.DECIMAL_SI, new Quantity("1E").getFormat());
        assertEquals(Quantity.Format.DECIMAL_EXPONENT, new Quantity("1E+3").getFormat());
        assertEquals(Quantity.Format.BINARY_SI, new Quantity("0.5Gi").getFormat());
        // equal values are equal whichever was asked for its number first
        Quantity a = new Quantity("1Gi");
        Quantity b = new Quantity("1073741824");
        assertEquals(a, b);
        assertEquals(b.hashCode(), a.hashCode());
        assertEquals(new Quantity("0"), new Quantity("0Ki"));
        assertEquals(new Quantity("0").hashCode(), new Quantity("0Ki").hashCode());
    }

    @Test
    void quantityBuiltFromANumberIsWrittenWithTheSuffixOfItsFormat() {
        assertEquals("1Gi", new Quantity(new BigDecimal(1L << 30), Quantity.Format.BINARY_SI).toSuffixedString());
        assertEquals("1536Mi", new Quantity(new BigDecimal(1536L << 20), Quantity.Format.BINARY_SI).toSuffixedString());
        assertEquals("100m", new Quantity(new BigDecimal("0.1"), Quantity.Format.DECIMAL_SI).toSuffixedString());
        assertEquals("2k", new Quantity(new BigDecimal("2000"), Quantity.Format.DECIMAL_SI).toSuffixedString());
        assertEquals("1500", new Quantity(new BigDecimal("1500"), Quantity.Format.DECIMAL_SI).toSuffixedString());
        assertEquals("5e3", new Quantity(new BigDecimal("5000"), Quantity.Format.DECIMAL_EXPONENT).toSuffixedString());
        assertEquals("500m", new Quantity(new BigDecimal("0.5"), Quantity.Format.BINARY_SI).toSuffixedString());
        assertEquals("0", new Quantity(BigDecimal.ZERO, Quantity.Format.DECIMAL_SI).toSuffixedString());
    }

    @Test
    void freeFormJsonKeepsNumbersStringsAndNesting() throws Exception {
        String text = "{\"a\":1,\"b\":12345678901,\"c\":1.5,\"d\":[true,null,\"x\"],\"e\":{}}";
        Map<?, ?> tree = json.deserialize(text, Object.class);
        assertEquals(1, tree.get("a"));
        assertEquals(12345678901L, tree.get("b"));
        assertEquals(1.5, tree.get("c"));
        assertEquals(java.util.Arrays.asList(true, null, "x"), tree.get("d"));
        assertEquals(text, json.serialize(tree));
    }

    @Test
    void streamsAreDecodedWithoutAString() throws Exception {
        byte[] body = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        List<?> list = json.deserialize(new ByteArrayInputStream(body), List.class);
        assertEquals(List.of(1, 2, 3), list);
    }

    @Test
    void wrongShapesAndTrailingDataAreErrorsThatNameThePlace() {
        JsonDecodeException e = assertThrows(JsonDecodeException.class,
                () -> json.deserialize("\"x\"", Integer.class));
        assertTrue(e.getMessage().contains("expected an integer"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        JsonDecodeException trailing = assertThrows(JsonDecodeException.class,
                () -> json.deserialize("1 2", Integer.class));
        assertTrue(trailing.getMessage().contains("after the JSON document"), trailing.getMessage());
        assertThrows(JsonDecodeException.class, () -> json.deserialize("{\"a\":", Object.class));
        assertThrows(JsonDecodeException.class, () -> json.deserialize("", Object.class));
    }

    @Test
    void nullIsNull() throws Exception {
        assertNull(json.deserialize("null", String.class));
        assertEquals("null", json.serialize(null));
    }
}
