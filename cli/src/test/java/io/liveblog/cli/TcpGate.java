package io.liveblog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in front of a server, for tests of that server's outages without losing its state: while open it
 * passes connections through; {@link #refuse()} stops listening and cuts every connection (the server is down);
 * {@link #hang()} accepts new connections and never answers them (the server is hung). {@link #open()} lets
 * connections through again on the same port.
 */
final class TcpGate implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean hanging;
    private ServerSocket server;

    private TcpGate(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** @return an open gate on a free local port in front of {@code 127.0.0.1:targetPort} */
    static TcpGate to(int targetPort) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TcpGate gate = new TcpGate(port, new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        gate.open();
        return gate;
    }

    /** @return the gate's port, where clients connect */
    int port() {
        return port;
    }

    /** Passes connections through (again). */
    synchronized void open() throws IOException {
        hanging = false;
        listen();
    }

    /** Refuses connections and cuts the open ones, as a stopped server does. */
    synchronized void refuse() throws IOException {
        hanging = false;
        if (server != null) {
            server.close();
            server = null;
        }
        cutAll();
    }

    /** Cuts the open connections, then accepts new ones and never answers them, as a hung server does. */
    synchronized void hang() throws IOException {
        cutAll();
        hanging = true;
        listen();
    }

    private void listen() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        daemon("gate-accept-" + port, () -> {
            while (!s.isClosed()) {
                try {
                    pass(s.accept());
                } catch (IOException e) {
                    return; // closed by refuse() or close()
                }
            }
        });
    }

    private void pass(Socket client) throws IOException {
        sockets.add(client);
        if (hanging) {
            return; // held open, never read: the client waits for an answer that does not come
        }
        Socket upstream = new Socket();
        sockets.add(upstream);
        try {
            upstream.connect(target, 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        daemon("gate-up-" + port, () -> pump(client, upstream));
        daemon("gate-down-" + port, () -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // cut, or the other side closed: both ends are closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void cutAll() {
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    private void closeQuietly(Socket s) {
        sockets.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() throws IOException {
        refuse();
    }
}
