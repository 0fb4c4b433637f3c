package dev.kubesmith.kubeclient.custom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * resource.Quantity ("100m", "1Gi", "1e3"): the text as written is kept and written back
 * unchanged; {@link #getNumber()} gives its exact value. Equal when the values are equal
 * ("1Gi" equals "1024Mi").
 */
public final class Quantity {
    /** How a value is written: with binary suffixes, decimal suffixes or a decimal exponent. */
    public enum Format {
        BINARY_SI,
        DECIMAL_SI,
        DECIMAL_EXPONENT
    }

    private static final Map<String, Integer> BINARY =
            Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    private static final Map<String, Integer> DECIMAL = Map.of(
            "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    // A parsed text keeps where its number ends and the power its suffix stands for; the
    // BigDecimal is computed on first use (getNumber, equals, hashCode). Decoding a pod reads
    // several quantities that most programs only write back: the regular expression and
    // BigDecimal per quantity were 8 % of decoding a PodList. The field is written at most
    // once per thread with the same immutable value, so the race is benign.
    private BigDecimal number;
    private final Format format;
    private final String text; // as written, or null when built from a number
    private final int baseEnd; // text: the end of the number before the suffix
    private final int power; // text: the suffix's power of 2 (binary) or of 10 (otherwise)

    public Quantity(BigDecimal number, Format format) {
        this.number = Objects.requireNonNull(number, "number");
        this.format = Objects.requireNonNull(format, "format");
        this.text = null;
        this.baseEnd = 0;
        this.power = 0;
    }

    /** Parses a quantity; {@link NumberFormatException} when it is not one. */
    public Quantity(String value) {
        Objects.requireNonNull(value, "value");
        String s = value.trim();
        int end = baseEnd(s);
        if (end < 0) {
            throw new NumberFormatException("invalid quantity: \"" + value + "\"");
        }
        String suffix = s.substring(end);
        Integer binary = BINARY.get(suffix);
        Integer decimal = DECIMAL.get(suffix);
        if (binary != null) {
            this.format = Format.BINARY_SI;
            this.power = binary;
        } else if (decimal != null) {
            this.format = Format.DECIMAL_SI;
            this.power = decimal;
        } else if (isExponent(suffix)) {
            this.format = Format.DECIMAL_EXPONENT;
            this.power = Integer.parseInt(suffix.substring(1));
        } else if (suffix.length() <= 2 && isLetters(suffix)) {
            throw new NumberFormatException("invalid quantity suffix in \"" + value + "\"");
        } else {
            throw new NumberFormatException("invalid quantity: \"" + value + "\"");
        }
        this.text = s;
        this.baseEnd = end;
    }

    /**
     * The end of the leading number ({@code [+-]?(digits[.digits*]|.digits)}), or -1 when
     * the text does not start with one.
     */
    private static int baseEnd(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        return digits == 0 ? -1 : i;
    }

    /** {@code [eE][+-]?digits}. */
    private static boolean isExponent(String suffix) {
        int n = suffix.length();
        if (n < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
            return false;
        }
        int i = suffix.charAt(1) == '+' || suffix.charAt(1) == '-' ? 2 : 1;
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            if (!isDigit(suffix.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static Quantity fromString(String value) {
        return new Quantity(value);
    }

    public BigDecimal getNumber() {
        BigDecimal value = number;
        if (value == null) {
            BigDecimal base = new BigDecimal(text.substring(0, baseEnd));
            value = format == Format.BINARY_SI
                    ? base.multiply(BigDecimal.valueOf(2).pow(power))
                    : base.scaleByPowerOfTen(power);
            number = value;
        }
        return value;
    }

    public Format getFormat() {
        return format;
    }

    /** The wire form: the text as written, or the number with the suffix of its format. */
    public String toSuffixedString() {
        if (text != null) {
            return text;
        }
        if (format == Format.BINARY_SI) {
            String binary = binary();
            if (binary != null) {
                return binary;
            }
        }
        return decimal(format == Format.DECIMAL_EXPONENT);
    }

    private String binary() {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal value = number.stripTrailingZeros();
        if (value.scale() > 0) {
            return null; // fractions are written with decimal suffixes, as Kubernetes does
        }
        int i = 0;
        BigDecimal k = BigDecimal.valueOf(1024);
        while (i + 1 < BINARY_SUFFIXES.length) {
            BigDecimal[] qr = value.divideAndRemainder(k);
            if (qr[1].signum() != 0) {
                break;
            }
            value = qr[0];
            i++;
        }
        return value.toPlainString() + BINARY_SUFFIXES[i];
    }

    private String decimal(boolean exponent) {
        if (number.signum() == 0) {
            return "0";
        }
        // below nano precision Kubernetes rounds up
        BigDecimal value = number.setScale(Math.max(number.scale(), 0), RoundingMode.UNNECESSARY);
        if (value.scale() > 9) {
            value = value.setScale(9, RoundingMode.CEILING);
        }
        value = value.stripTrailingZeros();
        int e = -9;
        int best = -9;
        while (e <= 18) {
            BigDecimal scaled = value.scaleByPowerOfTen(-e);
            if (scaled.stripTrailingZeros().scale() <= 0) {
                best = e;
            }
            e += 3;
        }
        BigDecimal mantissa = value.scaleByPowerOfTen(-best).stripTrailingZeros();
        String digits = mantissa.scale() < 0 ? mantissa.setScale(0).toPlainString()
                : mantissa.toPlainString();
        if (exponent) {
            return best == 0 ? digits : digits + "e" + best;
        }
        return digits + DECIMAL_SUFFIXES[(best + 9) / 3];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity && getNumber().compareTo(((Quantity) o).getNumber()) == 0;
    }

    @Override
    public int hashCode() {
        BigDecimal value = getNumber();
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return toSuffixedString();
    }
}
