package dev.kubesmith.kubeclient.util;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes refreshed credentials back into a kubeconfig file (client-java's name): the
 * {@code auth-provider.config} of one user is updated, nothing else changes. Atomic: a
 * temporary file in the same directory, with the file's permissions, replaces the original,
 * so a reader never sees half a file. A symlinked kubeconfig keeps its link.
 */
public final class FilePersister {
    private static final Object LOCK = new Object();
    private final Path file;

    public FilePersister(Path file) {
        this.file = file;
    }

    public Path getFile() {
        return file;
    }

    /** Sets {@code updates} in {@code users[name=user].user.auth-provider.config}. */
    @SuppressWarnings("unchecked")
    public void updateAuthProviderConfig(String user, Map<String, String> updates)
            throws IOException {
        Path path = file.toRealPath();
        synchronized (LOCK) {
            Object doc;
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                doc = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                        .loadFromReader(r);
            } catch (YamlEngineException e) {
                throw new KubeConfigException("kubeconfig " + path + ": invalid YAML: "
                        + e.getMessage(), e);
            }
            Map<String, Object> provider = null;
            if (doc instanceof Map && ((Map<?, ?>) doc).get("users") instanceof Iterable) {
                for (Object item : (Iterable<?>) ((Map<?, ?>) doc).get("users")) {
                    if (item instanceof Map && user.equals(((Map<?, ?>) item).get("name"))
                            && ((Map<?, ?>) item).get("user") instanceof Map) {
                        Object p = ((Map<?, ?>) ((Map<?, ?>) item).get("user")).get("auth-provider");
                        provider = p instanceof Map ? (Map<String, Object>) p : null;
                        break;
                    }
                }
            }
            if (provider == null) {
                throw new KubeConfigException("kubeconfig " + path + ": user \"" + user
                        + "\" has no auth-provider any more; not saving the refreshed token");
            }
            if (!(provider.get("config") instanceof Map)) {
                provider.put("config", new java.util.LinkedHashMap<String, Object>());
            }
            ((Map<String, Object>) provider.get("config")).putAll(updates);
            String text = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                    .setSchema(new CoreSchema()).build()).dumpToString(doc);
            write(path, text);
        }
    }

    private static void write(Path path, String text) throws IOException {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException | IOException e) {
            mode = PosixFilePermissions.fromString("rw-------");
        }
        Path temp = Files.createTempFile(path.getParent(), ".kubeconfig-", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, mode);
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the default permissions of a new file
            }
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temp,
                            java.nio.file.StandardOpenOption.WRITE)) {
                w.write(text);
                w.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String toString() {
        return "FilePersister{" + file + "}";
    }
}
