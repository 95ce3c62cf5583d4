package dev.tact.ui.tests;

import static dev.tact.ui.tests.fixture.SignedInWorkbench.spinUntil;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tact.ui.tests.fixture.Ide;
import dev.tact.ui.tests.fixture.ChatScreen;
import dev.tact.core.address.BareJid;
import dev.tact.core.chat.Author;
import dev.tact.core.chat.ChatMessage;
import dev.tact.core.chat.DeliveryState;
import dev.tact.core.chat.MessageId;
import dev.tact.core.client.TactClient;
import dev.tact.core.presence.PresenceState;
import dev.tact.ui.internal.chat.ChatEditor;
import dev.tact.ui.internal.chat.ChatEditors;
import dev.tact.ui.internal.contacts.ContactsView;
import dev.tact.ui.internal.runtime.TactRuntime;
import dev.tact.ui.tests.fixture.DisplayLoop;
import dev.tact.ui.tests.fixture.Peer;
import dev.tact.ui.tests.fixture.Screenshots;
import dev.tact.ui.tests.fixture.SignedInWorkbench;

/**
 * Switching the workbench to the dark theme through the e4 theme engine, as Preferences &gt; Appearance does: the
 * chat transcript and the Contacts view follow, and every coloured text reaches WCAG 2.x contrast on the background
 * it is actually drawn on (4.5:1 for text, 3:1 for timestamps, day separators and ticks). Back in the light theme
 * the same holds.
 */
class DarkThemeTest {

	private static final String DARK = "org.eclipse.e4.ui.css.theme.e4_dark";
	private static final String LIGHT = "org.eclipse.e4.ui.css.theme.e4_default";
	/** Where JFace's StyledCellLabelProvider keeps the style ranges it drew a tree row with (ViewerRow). */
	private static final String ROW_STYLES = "org.eclipse.jfacestyled_label_key_0";
	private static final double TEXT = 4.5;
	private static final double SECONDARY = 3.0;
	private static final String MESSAGE = "Build log at https://example.org/build/42 and the fix:\n"
			+ "```\nint answer = 42;\n```\nok?";

	private static SignedInWorkbench workbench;
	private static IThemeEngine engine;
	private static String themeBefore = LIGHT;

	@BeforeAll
	static void signIn() throws Exception {
		engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		assertNotNull(engine, "the workbench has an e4 theme engine");
		ITheme active = engine.getActiveTheme();
		if (active != null) {
			themeBefore = active.getId();
		}
		workbench = SignedInWorkbench.start();
	}

	@AfterAll
	static void backToLight() {
		IViewPart contacts = page().findView(ContactsView.ID);
		if (contacts != null) {
			page().hideView(contacts);
		}
		engine.setTheme(themeBefore, false);
		DisplayLoop.drain();
		if (workbench != null) {
			workbench.close();
		}
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		DisplayLoop.drain();
	}

	@Test
	void transcriptAndContactsFollowTheThemeToDarkAndBackAndStayReadable() throws Exception {
		engine.setTheme(LIGHT, false); // whatever ran before, the switch is what is under test here
		Peer rae = workbench.peer("rae");
		workbench.befriend(rae, "Team");
		rae.show(PresenceState.BUSY, "reviewing the release");
		ContactsView view = (ContactsView) page().showView(ContactsView.ID);
		rae.say(workbench.me(), MESSAGE);
		spinUntil("rae's message arrived", () -> client().conversations().with(rae.jid()).size() > 0);
		client().conversations().add(rae.jid(), myReply());
		StyledText transcript = openChat(rae.jid(), "Rae");
		Tree tree = view.viewer().getTree();
		spinUntil("rae busy in the contacts", () -> row(tree, "reviewing") != null);

		engine.setTheme(DARK, false);
		spinUntil("the theme engine to restyle the transcript and the contacts dark",
				() -> isDark(transcript.getBackground()) && isDark(tree.getBackground()));
		List<Reading> dark = awaitReadable("dark", () -> readings(transcript, tree));
		Screenshots.take("dark-theme");
		assertReadable("dark", dark);
		assertNotEquals(transcript.getBackground().getRGB(), codeBackground(transcript),
				"code blocks stand out from the transcript");

		engine.setTheme(LIGHT, false);
		spinUntil("the theme engine to restyle the transcript and the contacts light again",
				() -> !isDark(transcript.getBackground()) && !isDark(tree.getBackground()));
		assertReadable("light", awaitReadable("light", () -> readings(transcript, tree)));
		assertNotEquals(transcript.getBackground().getRGB(), codeBackground(transcript),
				"code blocks stand out from the transcript");
	}

	@Test
	void aChatOpenedInTheDarkThemeIsReadableFromTheStart() {
		engine.setTheme(DARK, false);
		BareJid sol = BareJid.parse("sol-" + System.nanoTime() + "@example.org");
		client().conversations().add(sol, ChatMessage.incoming(MessageId.random(), Author.of(sol), MESSAGE,
				Instant.now().minusSeconds(5)));
		client().conversations().add(sol, myReply());

		StyledText transcript = openChat(sol, "Sol");

		spinUntil("the theme engine to style the new transcript dark", () -> isDark(transcript.getBackground()));
		assertReadable("dark", awaitReadable("dark, new chat", () -> transcriptReadings(transcript)));
	}

	/**
	 * A chat hidden behind another editor gets no paint while the theme switches; it must still be restyled then,
	 * from the theme engine's own event, and be readable the moment it is brought back (before any paint of it).
	 */
	@Test
	void aChatHiddenBehindAnotherEditorIsRestyledWhileHidden() {
		engine.setTheme(LIGHT, false);
		BareJid hidden = BareJid.parse("hidden-" + System.nanoTime() + "@example.org");
		client().conversations().add(hidden, ChatMessage.incoming(MessageId.random(), Author.of(hidden), MESSAGE,
				Instant.now().minusSeconds(5)));
		client().conversations().add(hidden, myReply());
		StyledText transcript = openChat(hidden, "Hidden");
		BareJid front = BareJid.parse("front-" + System.nanoTime() + "@example.org");
		client().conversations().add(front, myReply());
		ChatEditors.open(page(), front, "Front");
		DisplayLoop.drain();
		assertTrue(!transcript.isVisible(), "the first chat is covered by the second");

		engine.setTheme(DARK, false);
		spinUntil("the theme engine to restyle the hidden transcript dark", () -> isDark(transcript.getBackground()));
		List<Reading> dark = awaitReadable("dark, hidden chat", () -> transcriptReadings(transcript));

		assertTrue(!transcript.isVisible(), "still covered while it was measured");
		assertReadable("dark", dark);
	}

	private static ChatMessage myReply() {
		return ChatMessage.outgoing(MessageId.random(), Author.of(workbench.me()), "Looking now", Instant.now())
				.advancedTo(DeliveryState.DELIVERED);
	}

	private static StyledText openChat(BareJid peer, String name) {
		ChatEditor editor = ChatEditors.open(page(), peer, name);
		StyledText transcript = ChatScreen.of(editor).transcript();
		spinUntil("the transcript to show both messages", () -> transcript.getText().contains("Looking now"));
		return transcript;
	}

	/** A text colour on the background it is drawn on, and the contrast it needs. */
	record Reading(String what, RGB text, RGB background, double minimum) {

		double ratio() {
			return contrast(text, background);
		}

		boolean readable() {
			return ratio() >= minimum;
		}

		@Override
		public String toString() {
			return String.format("%s: %s on %s = %.2f:1 (needs %.1f)", what, text, background, ratio(), minimum);
		}
	}

	/**
	 * Tact restyles once the theme engine has restyled the widgets, later in the event loop; waits for that (or for
	 * a deadline, after which the caller's assertions say what is unreadable) and reports what it measured.
	 */
	private static List<Reading> awaitReadable(String theme, Supplier<List<Reading>> measure) {
		List<Reading> readings = new ArrayList<>();
		try {
			DisplayLoop.until(Duration.ofSeconds(15), "readable colours", () -> {
				readings.clear();
				readings.addAll(measure.get());
				return readings.stream().allMatch(Reading::readable);
			});
		} catch (AssertionError notYet) {
			// the assertions on the last readings say which colour is unreadable
		}
		readings.forEach(r -> System.out.println("[" + theme + "] " + r));
		return readings;
	}

	private static void assertReadable(String theme, List<Reading> readings) {
		List<Reading> unreadable = readings.stream().filter(r -> !r.readable()).toList();
		assertTrue(unreadable.isEmpty(), "unreadable in the " + theme + " theme: " + unreadable + "; all: " + readings);
	}

	private static List<Reading> readings(StyledText transcript, Tree tree) {
		List<Reading> readings = transcriptReadings(transcript);
		readings.addAll(treeReadings(tree));
		return readings;
	}

	private static List<Reading> transcriptReadings(StyledText transcript) {
		String text = transcript.getText();
		RGB background = transcript.getBackground().getRGB();
		RGB foreground = transcript.getForeground().getRGB();
		List<Reading> readings = new ArrayList<>();
		readings.add(new Reading("message text", foreground, background, TEXT));
		readings.add(new Reading("code block", styleAt(transcript, "int answer", foreground),
				codeBackground(transcript), TEXT));
		readings.add(new Reading("link", styleAt(transcript, "https://example.org", foreground), background, TEXT));
		readings.add(new Reading("own name", styleAt(transcript, "You\n", foreground), background, TEXT));
		readings.add(new Reading("day separator", styleAt(transcript, "Today", foreground), background, SECONDARY));
		Matcher time = Pattern.compile("Looking now  (\\d\\d:\\d\\d)").matcher(text);
		assertTrue(time.find(), text);
		readings.add(new Reading("time", styleAt(transcript, time.group(1), foreground), background, SECONDARY));
		readings.add(new Reading("delivery ticks", styleAt(transcript, "\u2713\u2713", foreground), background,
				SECONDARY));
		return readings;
	}

	private static List<Reading> treeReadings(Tree tree) {
		List<Reading> readings = new ArrayList<>();
		RGB treeBackground = tree.getBackground().getRGB();
		TreeItem person = row(tree, "reviewing");
		readings.add(new Reading("contact name", person.getForeground().getRGB(), treeBackground, TEXT));
		readings.add(new Reading("presence note", rowStyleAt(person, "reviewing"), treeBackground, TEXT));
		readings.add(new Reading("group count", rowStyleAt(row(tree, "Team ("), "("), treeBackground, TEXT));
		return readings;
	}

	private static RGB styleAt(StyledText transcript, String needle, RGB unstyled) {
		int offset = transcript.getText().indexOf(needle);
		assertTrue(offset >= 0, needle + " in " + transcript.getText());
		StyleRange range = transcript.getStyleRangeAtOffset(offset);
		return range == null ? unstyled : rgb(range.foreground, unstyled);
	}

	/** The colour a tree row's text at {@code needle} was last drawn with. */
	private static RGB rowStyleAt(TreeItem item, String needle) {
		int offset = item.getText().indexOf(needle);
		assertTrue(offset >= 0, needle + " in " + item.getText());
		StyleRange[] ranges = (StyleRange[]) item.getData(ROW_STYLES);
		assertNotNull(ranges, "the row is drawn with styles: " + item.getText());
		for (StyleRange range : ranges) {
			if (offset >= range.start && offset < range.start + range.length && range.foreground != null) {
				return range.foreground.getRGB();
			}
		}
		return item.getForeground().getRGB();
	}

	private static RGB codeBackground(StyledText transcript) {
		StyleRange code = transcript.getStyleRangeAtOffset(transcript.getText().indexOf("int answer") + 2);
		return rgb(code.background, transcript.getBackground().getRGB());
	}

	private static TactClient client() {
		return TactRuntime.get().client();
	}

	private static TreeItem row(Tree tree, String needle) {
		for (TreeItem group : tree.getItems()) {
			if (group.getText().startsWith(needle)) {
				return group;
			}
			group.setExpanded(true);
			for (TreeItem item : group.getItems()) {
				if (item.getText().contains(needle)) {
					return item;
				}
			}
		}
		return null;
	}

	private static RGB rgb(Color color, RGB otherwise) {
		return color == null ? otherwise : color.getRGB();
	}

	private static boolean isDark(Color color) {
		return luminance(color.getRGB()) < 0.2;
	}

	/** WCAG 2.x contrast ratio, computed here independently of Tact's own palette. */
	private static double contrast(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static IWorkbenchPage page() {
		return Ide.page();
	}
}
