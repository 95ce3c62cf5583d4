package dev.tact.ui.internal.chat;

import java.net.URI;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import dev.tact.core.address.BareJid;
import dev.tact.core.transcript.MessageMarkup;
import dev.tact.core.transcript.TranscriptDocument.Span;
import dev.tact.core.transcript.TranscriptDocument.Style;

/**
 * Opens what a clicked link names: web pages in the browser, {@code mailto:} in the mail program, {@code xmpp:} as a
 * chat editor, file references in the workspace. Only safe schemes ever reach here; this checks again anyway.
 */
final class LinkOpener {

	private final IWorkbenchPage page;
	private final HintBar notices;

	LinkOpener(IWorkbenchPage page, HintBar notices) {
		this.page = page;
		this.notices = notices;
	}

	void open(Span span) {
		try {
			if (span.style() == Style.FILE_LINK) {
				if (!WorkspaceFileLinks.open(page, span.target())) {
					notices.notice("There is no " + span.target().substring(0, span.target().lastIndexOf(':'))
							+ " in the workspace.");
				}
			} else if (span.style() == Style.LINK && MessageMarkup.isSafeLink(span.target())) {
				openUrl(span.target());
			}
		} catch (Exception e) {
			ILog.of(getClass()).warn("Could not open " + span.target(), e);
			notices.notice("Could not open " + span.target());
		}
	}

	private void openUrl(String url) throws Exception {
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("xmpp:")) {
			String address = url.substring("xmpp:".length());
			int query = address.indexOf('?');
			BareJid peer = BareJid.parse(query < 0 ? address : address.substring(0, query));
			ChatEditors.open(page, peer, null);
		} else if (lower.startsWith("mailto:")) {
			Program.launch(url);
		} else {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(URI.create(url).toURL());
		}
	}
}
