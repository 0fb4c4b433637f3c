package dev.kubesmith.kubeclient.openapi.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The field names of one model class, and the reading of the next field name of an object.
 *
 * <p>Jackson turns every field name into a canonical String through its symbol table
 * (hashing the name's bytes, then comparing them): about a third of decoding a PodList. The
 * API server writes the fields of a type in one order (its Go struct's), so the name after a
 * given field is nearly always the one that followed it last time. This class remembers,
 * for each field, the field that came next and asks the parser first whether the next name
 * is that one ({@link JsonParser#nextFieldName(SerializableString)}: a comparison of the
 * input bytes with the name's quoted bytes, no symbol table). Any other name, or a guess
 * that does not match, is read as before and looked up here. What is remembered is only a
 * guess: a wrong one costs one comparison, and the decoded object is the same either way.
 *
 * <p>Thread safety: the table of guesses is shared by every thread decoding the class and
 * written without synchronisation; each slot holds an int, so a thread sees either guess,
 * both of which are valid field numbers.
 */
public final class FieldNames {
    /** {@link #next}'s {@code previous} before the first field of an object. */
    public static final int START = -1;
    /** What {@link #next} returns at the end of the object. */
    public static final int END = -2;

    private final SerializableString[] names;
    private final Map<String, Integer> numbers;
    // guesses[previous + 1]: the number of the field that followed field `previous` last
    // time (slot 0: the first field; the last slot: the field after an unknown one); -1: none
    private final int[] guesses;

    /** The wire names of a class's fields: a field's number is its position here. */
    public FieldNames(String... names) {
        this.names = new SerializableString[names.length];
        this.numbers = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            this.names[i] = new SerializedString(names[i]);
            this.numbers.put(names[i], i);
        }
        this.guesses = new int[names.length + 2];
        java.util.Arrays.fill(guesses, -1);
    }

    /** The number of fields (what {@link #next} returns for a name that is not one of them). */
    public int unknown() {
        return names.length;
    }

    /**
     * Moves the parser to the next field name of the current object and returns the field's
     * number, {@link #unknown()} for a name that is not a field of the class, or
     * {@link #END} when the object ends. {@code previous} is what the last call returned
     * for this object ({@link #START} before the first).
     */
    public int next(JsonParser p, int previous) throws IOException {
        int slot = previous + 1;
        int guess = guesses[slot];
        if (guess >= 0) {
            if (p.nextFieldName(names[guess])) {
                return guess;
            }
            if (p.currentToken() != JsonToken.FIELD_NAME) {
                return END;
            }
        } else if (p.nextToken() != JsonToken.FIELD_NAME) {
            return END;
        }
        Integer number = numbers.get(p.currentName());
        int field = number == null ? names.length : number;
        guesses[slot] = field < names.length ? field : -1;
        return field;
    }
}
