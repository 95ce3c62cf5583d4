package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows between Tact's bundles, as DESIGN.md draws them, read from the main sources' imports so a wrong one fails
 * here with the file that made it, in milliseconds:
 * <ul>
 * <li>core is plain Java: it imports only the JDK and itself, never Eclipse, SWT, OSGi or Smack, so its logic runs
 * and is tested anywhere (Tycho's access rules would refuse such an import too; this says why);</li>
 * <li>core's packages form no cycle, so each can be read, moved or tested without the others that use it;</li>
 * <li>only the xmpp bundle touches Smack (and jxmpp, MiniDNS); the ui bundle never names the xmpp bundle, it goes
 * through core's ports;</li>
 * <li>the ide bundle depends on core alone: it never names the ui bundle (it finds the running Tact as core's
 * {@code TactSession} service), nor does its manifest require it.</li>
 * </ul>
 */
class ArchitectureTest {

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
	private static final Predicate<String> SMACK = name -> name.startsWith("org.jivesoftware.")
			|| name.startsWith("org.jxmpp.") || name.startsWith("org.minidns.");

	@Test
	void coreImportsOnlyTheJdkAndCoreItself() {
		assertEquals(List.of(), offending("dev.tact.core",
				name -> !name.startsWith("java.") && !name.startsWith("dev.tact.core.")));
	}

	@Test
	void coresPackagesFormNoCycle() {
		Map<String, Set<String>> uses = new TreeMap<>();
		for (Path file : sources("dev.tact.core")) {
			String text = read(file);
			Matcher pkg = PACKAGE.matcher(text);
			assertTrue(pkg.find(), file + " has a package");
			Set<String> targets = uses.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
			Matcher imports = IMPORT.matcher(text);
			while (imports.find()) {
				String target = packageOf(imports.group(1));
				if (target.startsWith("dev.tact.core") && !target.equals(pkg.group(1))) {
					targets.add(target);
				}
			}
		}
		assertEquals(List.of(), cycles(uses));
	}

	@Test
	void theCycleCheckFindsACycleWhereThereIsOne() {
		Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
		assertEquals(List.of(List.of("a", "b", "c")), cycles(uses));
	}

	@Test
	void onlyTheXmppBundleTouchesSmack() {
		for (String bundle : List.of("dev.tact.core", "dev.tact.ui", "dev.tact.ide")) {
			assertEquals(List.of(), offending(bundle, SMACK), bundle + " imports Smack");
		}
	}

	@Test
	void theUiGoesThroughCoreNeverTheXmppBundle() {
		assertEquals(List.of(), offending("dev.tact.ui", name -> name.startsWith("dev.tact.xmpp")));
		assertEquals(List.of(), offending("dev.tact.ide", name -> name.startsWith("dev.tact.xmpp")));
	}

	@Test
	void theIdeBundleDependsOnCoreNeverOnTheUi() {
		assertEquals(List.of(), offending("dev.tact.ide", name -> name.startsWith("dev.tact.ui")));
		String manifest = read(bundleFolder("dev.tact.ide").resolve("META-INF/MANIFEST.MF"));
		assertFalse(manifest.contains("dev.tact.ui"), "dev.tact.ide's manifest names dev.tact.ui");
	}

	/** "file: import" for each import of {@code bundle}'s main code that {@code forbidden} matches. */
	private static List<String> offending(String bundle, Predicate<String> forbidden) {
		List<String> found = new ArrayList<>();
		for (Path file : sources(bundle)) {
			Matcher imports = IMPORT.matcher(read(file));
			while (imports.find()) {
				if (forbidden.test(imports.group(1))) {
					found.add(file.getFileName() + ": " + imports.group(1));
				}
			}
		}
		return found;
	}

	/** {@code bundle}'s folder, beside core's. */
	private static Path bundleFolder(String bundle) {
		return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling(bundle);
	}

	private static List<Path> sources(String bundle) {
		Path main = bundleFolder(bundle).resolve("src/main/java");
		assertTrue(Files.isDirectory(main), "run from the core bundle's folder, beside " + main);
		try (Stream<Path> files = Files.walk(main)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The package part of an imported name: the segments before the first capitalised one. */
	private static String packageOf(String imported) {
		List<String> segments = new ArrayList<>();
		for (String segment : imported.split("\\.")) {
			if (Character.isUpperCase(segment.charAt(0))) {
				break;
			}
			segments.add(segment);
		}
		return String.join(".", segments);
	}

	/** The strongly connected groups of more than one package (Tarjan), each as a sorted list. */
	static List<List<String>> cycles(Map<String, Set<String>> uses) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new HashSet<>();
		List<List<String>> found = new ArrayList<>();
		for (String start : uses.keySet()) {
			if (!index.containsKey(start)) {
				connect(start, uses, index, low, stack, onStack, found);
			}
		}
		return found;
	}

	private static void connect(String node, Map<String, Set<String>> uses, Map<String, Integer> index,
			Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
		index.put(node, index.size());
		low.put(node, index.get(node));
		stack.push(node);
		onStack.add(node);
		for (String next : uses.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				connect(next, uses, index, low, stack, onStack, found);
				low.put(node, Math.min(low.get(node), low.get(next)));
			} else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			List<String> group = new ArrayList<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				group.add(member);
			} while (!member.equals(node));
			if (group.size() > 1) {
				group.sort(null);
				found.add(group);
			}
		}
	}
}
