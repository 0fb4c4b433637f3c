import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles several generated Maven trees in one JVM (javac warmed up once), each with
 * {@code --release 17 -Xlint:all -Werror}: {@code java CompileAll.java CLASSPATH OUT TREE...}.
 * Exits 1 when a tree does not compile; javac's messages go to stderr.
 */
public final class CompileAll {
  private CompileAll() {}

  public static void main(String[] args) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = args[0];
    Path out = Path.of(args[1]);
    int failed = 0;
    for (int i = 2; i < args.length; i++) {
      Path tree = Path.of(args[i]);
      List<String> command = new ArrayList<>(List.of(
          "--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-g:none", "-implicit:none",
          "-cp", classpath, "-d", out.resolve("tree" + i).toString()));
      try (Stream<Path> files = Files.walk(tree.resolve("src/main/java"))) {
        files.filter(p -> p.toString().endsWith(".java")).sorted()
            .forEach(p -> command.add(p.toString()));
      }
      long started = System.nanoTime();
      int status = javac.run(null, null, null, command.toArray(new String[0]));
      System.out.printf("%s: %s in %.1f s%n", tree, status == 0 ? "compiled" : "FAILED",
          (System.nanoTime() - started) / 1e9);
      if (status != 0) {
        failed++;
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
