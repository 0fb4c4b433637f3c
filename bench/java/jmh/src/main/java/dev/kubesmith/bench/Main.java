package dev.kubesmith.bench;

/** {@code Main CLIENT KUBECONFIG NAMESPACE cold|serve}, CLIENT: kubesmith, client-java, fabric8. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println(
                    "usage: Main kubesmith|client-java|fabric8 KUBECONFIG NAMESPACE cold|serve");
            System.exit(2);
        }
        // by name, so a JVM loads nothing of the other clients (they are not on its classpath)
        String driver;
        switch (args[0]) {
            case "kubesmith":
                driver = "KubesmithDriver";
                break;
            case "client-java":
                driver = "ClientJavaDriver";
                break;
            case "fabric8":
                driver = "Fabric8Driver";
                break;
            default:
                System.err.println("unknown client " + args[0]);
                System.exit(2);
                return;
        }
        Driver.run((Driver) Class.forName("dev.kubesmith.bench." + driver)
                .getDeclaredConstructor(String.class, String.class)
                .newInstance(args[1], args[2]), args[3]);
    }
}
