package dev.kubesmith.kubeclient.openapi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Warning headers (KEP-1693): code 299 warnings are logged; malformed headers never fail. */
final class Warnings {
    private static final System.Logger LOG = System.getLogger("dev.kubesmith.kubeclient.warnings");
    private static final Pattern WARNING =
            Pattern.compile("\\s*(\\d{3})\\s+(\\S+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s+\"[^\"]*\")?\\s*,?");

    private Warnings() {}

    static void surface(List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            Matcher m = WARNING.matcher(value);
            while (m.lookingAt()) {
                if ("299".equals(m.group(1))) {
                    LOG.log(System.Logger.Level.WARNING, "warning from the API server: "
                            + m.group(3).replaceAll("\\\\(.)", "$1"));
                }
                m.region(m.end(), value.length());
            }
        }
    }
}
