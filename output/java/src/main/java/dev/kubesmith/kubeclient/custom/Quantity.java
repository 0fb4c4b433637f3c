package dev.kubesmith.kubeclient.custom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SYNTAX =
            Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([eE][+-]?[0-9]+|[a-zA-Z]{0,2})");
    private static final Map<String, Integer> BINARY =
            Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    private static final Map<String, Integer> DECIMAL = Map.of(
            "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final String[] DECIMAL_SUFFIXES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    private final BigDecimal number;
    private final Format format;
    private final String text; // as written, or null when built from a number

    public Quantity(BigDecimal number, Format format) {
        this.number = Objects.requireNonNull(number, "number");
        this.format = Objects.requireNonNull(format, "format");
        this.text = null;
    }

    /** Parses a quantity; {@link NumberFormatException} when it is not one. */
    public Quantity(String value) {
        Objects.requireNonNull(value, "value");
        Matcher m = SYNTAX.matcher(value.trim());
        if (!m.matches()) {
            throw new NumberFormatException("invalid quantity: \"" + value + "\"");
        }
        BigDecimal base = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        if (BINARY.containsKey(suffix)) {
            this.format = Format.BINARY_SI;
            this.number = base.multiply(BigDecimal.valueOf(2).pow(BINARY.get(suffix)));
        } else if (DECIMAL.containsKey(suffix)) {
            this.format = Format.DECIMAL_SI;
            this.number = base.scaleByPowerOfTen(DECIMAL.get(suffix));
        } else if (suffix.startsWith("e") || suffix.startsWith("E")) {
            this.format = Format.DECIMAL_EXPONENT;
            this.number = base.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
        } else {
            throw new NumberFormatException("invalid quantity suffix in \"" + value + "\"");
        }
        this.text = value.trim();
    }

    public static Quantity fromString(String value) {
        return new Quantity(value);
    }

    public BigDecimal getNumber() {
        return number;
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
        return o instanceof Quantity && number.compareTo(((Quantity) o).number) == 0;
    }

    @Override
    public int hashCode() {
        return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return toSuffixedString();
    }
}
