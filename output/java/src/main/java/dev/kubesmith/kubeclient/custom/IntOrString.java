package dev.kubesmith.kubeclient.custom;

import java.util.Objects;

/** intstr.IntOrString: an int32 or a string (a port number or name, "25%"). */
public final class IntOrString {
    private final boolean isInt;
    private final String strValue;
    private final Integer intValue;

    public IntOrString(String value) {
        this.isInt = false;
        this.strValue = Objects.requireNonNull(value, "value");
        this.intValue = null;
    }

    public IntOrString(int value) {
        this.isInt = true;
        this.strValue = null;
        this.intValue = value;
    }

    public boolean isInteger() {
        return isInt;
    }

    /** The string value; {@link IllegalStateException} when this holds an integer. */
    public String getStrValue() {
        if (isInt) {
            throw new IllegalStateException("Not a string");
        }
        return strValue;
    }

    /** The integer value; {@link IllegalStateException} when this holds a string. */
    public Integer getIntValue() {
        if (!isInt) {
            throw new IllegalStateException("Not an integer");
        }
        return intValue;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IntOrString)) {
            return false;
        }
        IntOrString other = (IntOrString) o;
        return isInt == other.isInt && Objects.equals(strValue, other.strValue)
                && Objects.equals(intValue, other.intValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isInt, strValue, intValue);
    }

    @Override
    public String toString() {
        return isInt ? String.valueOf(intValue) : strValue;
    }
}
