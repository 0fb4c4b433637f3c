package dev.kubesmith.kubeclient.openapi.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.custom.Quantity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The leaf codecs of the Kubernetes wire types and the combinators generated models use. */
public final class Codecs {
    private Codecs() {}

    public static final Codec<String> STRING = new Codec<>() {
        @Override
        public String read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_STRING || t.isScalarValue()) {
                return p.getText();
            }
            throw mismatch(p, "a string");
        }

        @Override
        public void write(JsonGenerator g, String value) throws IOException {
            g.writeString(value);
        }
    };

    public static final Codec<Integer> INT32 = new Codec<>() {
        @Override
        public Integer read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getValueAsInt();
            }
            throw mismatch(p, "an integer");
        }

        @Override
        public void write(JsonGenerator g, Integer value) throws IOException {
            g.writeNumber(value.intValue());
        }
    };

    public static final Codec<Long> INT64 = new Codec<>() {
        @Override
        public Long read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getValueAsLong();
            }
            throw mismatch(p, "an integer");
        }

        @Override
        public void write(JsonGenerator g, Long value) throws IOException {
            g.writeNumber(value.longValue());
        }
    };

    public static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public Boolean read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            throw mismatch(p, "a boolean");
        }

        @Override
        public void write(JsonGenerator g, Boolean value) throws IOException {
            g.writeBoolean(value);
        }
    };

    public static final Codec<Double> DOUBLE = new Codec<>() {
        @Override
        public Double read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t.isNumeric()) {
                return p.getDoubleValue();
            }
            throw mismatch(p, "a number");
        }

        @Override
        public void write(JsonGenerator g, Double value) throws IOException {
            g.writeNumber(value.doubleValue());
        }
    };

    public static final Codec<Float> FLOAT = new Codec<>() {
        @Override
        public Float read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t.isNumeric()) {
                return p.getFloatValue();
            }
            throw mismatch(p, "a number");
        }

        @Override
        public void write(JsonGenerator g, Float value) throws IOException {
            g.writeNumber(value.floatValue());
        }
    };

    /** {@code format: byte}: standard base64 on the wire (padding optional when read). */
    public static final Codec<byte[]> BYTES = new Codec<>() {
        @Override
        public byte[] read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw mismatch(p, "a base64 string");
            }
            try {
                return Base64.getDecoder().decode(p.getText());
            } catch (IllegalArgumentException e) {
                throw new JsonDecodeException("invalid base64 " + where(p), e);
            }
        }

        @Override
        public void write(JsonGenerator g, byte[] value) throws IOException {
            g.writeString(Base64.getEncoder().encodeToString(value));
        }
    };

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    /** meta/v1 Time: RFC 3339 with whole seconds when written, any fraction when read. */
    public static final Codec<OffsetDateTime> TIME = timeCodec(SECONDS);
    /** meta/v1 MicroTime: RFC 3339 with exactly 6 fraction digits when written. */
    public static final Codec<OffsetDateTime> MICRO_TIME = timeCodec(MICROS);

    /** Parses RFC 3339 leniently: any fraction, 'z'/'t' in either case, no offset = UTC. */
    public static OffsetDateTime parseTime(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw e;
            }
        }
    }

    /** Formats as meta/v1 Time does on the wire (whole seconds). */
    public static String formatTime(OffsetDateTime value) {
        return SECONDS.format(value);
    }

    /** Formats as meta/v1 MicroTime does on the wire (6 fraction digits). */
    public static String formatMicroTime(OffsetDateTime value) {
        return MICROS.format(value);
    }

    private static Codec<OffsetDateTime> timeCodec(DateTimeFormatter writer) {
        return new Codec<>() {
            @Override
            public OffsetDateTime read(JsonParser p) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                if (t != JsonToken.VALUE_STRING) {
                    throw mismatch(p, "an RFC 3339 time string");
                }
                try {
                    return parseTime(p.getText());
                } catch (DateTimeParseException e) {
                    throw new JsonDecodeException(
                            "invalid RFC 3339 time \"" + p.getText() + "\" " + where(p), e);
                }
            }

            @Override
            public void write(JsonGenerator g, OffsetDateTime value) throws IOException {
                g.writeString(writer.format(value));
            }
        };
    }

    public static final Codec<IntOrString> INT_OR_STRING = new Codec<>() {
        @Override
        public IntOrString read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return new IntOrString(p.getIntValue());
            }
            if (t == JsonToken.VALUE_STRING) {
                return new IntOrString(p.getText());
            }
            throw mismatch(p, "an integer or a string");
        }

        @Override
        public void write(JsonGenerator g, IntOrString value) throws IOException {
            if (value.isInteger()) {
                g.writeNumber(value.getIntValue());
            } else {
                g.writeString(value.getStrValue());
            }
        }
    };

    /** resource.Quantity: a string on the wire; numbers are accepted when read. */
    public static final Codec<Quantity> QUANTITY = new Codec<>() {
        @Override
        public Quantity read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
                try {
                    return Quantity.fromString(p.getText());
                } catch (NumberFormatException e) {
                    throw new JsonDecodeException(
                            "invalid quantity \"" + p.getText() + "\" " + where(p), e);
                }
            }
            throw mismatch(p, "a quantity string");
        }

        @Override
        public void write(JsonGenerator g, Quantity value) throws IOException {
            g.writeString(value.toSuffixedString());
        }
    };

    /**
     * Free-form JSON (RawExtension, JSON, FieldsV1, untyped objects): read as
     * Map/List/String/Long or Integer or BigInteger/Double/Boolean/null; written from those
     * and from any value with a codec (models, times, quantities ...).
     */
    public static final Codec<Object> ANY = new Codec<>() {
        @Override
        public Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, read(p));
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(read(p));
                    }
                    return list;
                }
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                    switch (p.getNumberType()) {
                        case INT:
                            return p.getIntValue();
                        case LONG:
                            return p.getLongValue();
                        default:
                            return p.getBigIntegerValue();
                    }
                case VALUE_NUMBER_FLOAT:
                    return p.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw mismatch(p, "a JSON value");
            }
        }

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            writeAny(g, value);
        }
    };

    @SuppressWarnings("unchecked")
    private static void writeAny(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger) {
            g.writeNumber((BigInteger) value);
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof Number) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeAny(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection) {
            g.writeStartArray();
            for (Object item : (Collection<?>) value) {
                writeAny(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Object[]) {
            writeAny(g, List.of((Object[]) value));
        } else if (value instanceof OffsetDateTime) {
            TIME.write(g, (OffsetDateTime) value);
        } else {
            ((Codec<Object>) forClass(value.getClass())).write(g, value);
        }
    }

    public static <T> Codec<List<T>> listOf(Codec<T> item) {
        return new Codec<>() {
            @Override
            public List<T> read(JsonParser p) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw mismatch(p, "an array");
                }
                List<T> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(item.read(p));
                }
                return list;
            }

            @Override
            public void write(JsonGenerator g, List<T> value) throws IOException {
                g.writeStartArray();
                for (T v : value) {
                    if (v == null) {
                        g.writeNull();
                    } else {
                        item.write(g, v);
                    }
                }
                g.writeEndArray();
            }
        };
    }

    public static <T> Codec<Map<String, T>> mapOf(Codec<T> value) {
        return new Codec<>() {
            @Override
            public Map<String, T> read(JsonParser p) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw mismatch(p, "an object");
                }
                Map<String, T> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value.read(p));
                }
                return map;
            }

            @Override
            public void write(JsonGenerator g, Map<String, T> map) throws IOException {
                g.writeStartObject();
                for (Map.Entry<String, T> e : map.entrySet()) {
                    g.writeFieldName(e.getKey());
                    if (e.getValue() == null) {
                        g.writeNull();
                    } else {
                        value.write(g, e.getValue());
                    }
                }
                g.writeEndObject();
            }
        };
    }

    private static final ClassValue<Codec<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Codec<?> computeValue(Class<?> type) {
            Codec<?> leaf = leafFor(type);
            if (leaf != null) {
                return leaf;
            }
            try {
                Field field = type.getField("CODEC");
                if (Modifier.isStatic(field.getModifiers())
                        && Codec.class.isAssignableFrom(field.getType())) {
                    return (Codec<?>) field.get(null);
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // fall through to the error below
            }
            throw new IllegalArgumentException(
                    "no JSON codec for " + type.getName()
                            + " (a model class has a public static final CODEC field)");
        }
    };

    private static Codec<?> leafFor(Class<?> type) {
        if (type == String.class) {
            return STRING;
        } else if (type == Integer.class || type == int.class) {
            return INT32;
        } else if (type == Long.class || type == long.class) {
            return INT64;
        } else if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        } else if (type == Double.class || type == double.class) {
            return DOUBLE;
        } else if (type == Float.class || type == float.class) {
            return FLOAT;
        } else if (type == byte[].class) {
            return BYTES;
        } else if (type == OffsetDateTime.class) {
            return TIME;
        } else if (type == IntOrString.class) {
            return INT_OR_STRING;
        } else if (type == Quantity.class) {
            return QUANTITY;
        } else if (type == Object.class || Map.class.isAssignableFrom(type)
                || List.class.isAssignableFrom(type)) {
            return ANY;
        }
        return null;
    }

    /** The codec of a class: a leaf type, or a model's static {@code CODEC} field. */
    @SuppressWarnings("unchecked")
    public static <T> Codec<T> forClass(Class<T> type) {
        return (Codec<T>) BY_CLASS.get(type);
    }

    /** The codec of a reflective type: classes, {@code List<T>} and {@code Map<String, T>}. */
    @SuppressWarnings("unchecked")
    public static <T> Codec<T> forType(Type type) {
        if (type instanceof Class) {
            return forClass((Class<T>) type);
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) type;
            Type raw = pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (raw == List.class) {
                return (Codec<T>) listOf(forType(args[0]));
            }
            if (raw == Map.class && args[0] == String.class) {
                return (Codec<T>) mapOf(forType(args[1]));
            }
        }
        throw new IllegalArgumentException("no JSON codec for " + type.getTypeName());
    }

    /** Where the parser is, for error messages: line, column and JSON path. */
    public static String where(JsonParser p) {
        com.fasterxml.jackson.core.JsonLocation loc = p.currentTokenLocation();
        return "at " + pathOf(p) + " (line " + loc.getLineNr() + ", column "
                + loc.getColumnNr() + ")";
    }

    private static String pathOf(JsonParser p) {
        String path = p.getParsingContext().pathAsPointer().toString();
        return path.isEmpty() ? "/" : path;
    }

    /** An error for a token of the wrong kind, naming the place. */
    public static JsonDecodeException mismatch(JsonParser p, String expected) {
        return new JsonDecodeException(
                "expected " + expected + " but found " + p.currentToken() + " " + where(p), null);
    }
}
