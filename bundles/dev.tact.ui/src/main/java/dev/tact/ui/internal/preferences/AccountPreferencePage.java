package dev.tact.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.tact.core.address.BareJid;
import dev.tact.core.port.AccountSettings;
import dev.tact.ui.internal.runtime.AccountPreferences;
import dev.tact.ui.internal.runtime.CertificatePin;
import dev.tact.ui.internal.runtime.TactRuntime;

/**
 * Window > Preferences > Tact: the account. The password goes only to Eclipse secure storage. "Test Connection"
 * signs in once with what is typed, in a Job, and says what happened in plain words.
 */
public final class AccountPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.tact.ui.preferences.account";
	/** The widget key of the list of trusted certificates. */
	public static final String PIN_LIST_KEY = "dev.tact.ui.preferences.pins";

	private Text jid;
	private Text password;
	private Text host;
	private Text port;
	private Button plaintext;
	private Button signInOnStartup;
	private Label testResult;
	private org.eclipse.swt.widgets.List pinList;
	private final List<CertificatePin> pins = new ArrayList<>();
	private boolean passwordEdited;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TactPreferences.store());
		setDescription("Your XMPP account. Tact works with any standard server (Prosody, ejabberd, Openfire).");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		AccountPreferences saved = AccountPreferences.load();
		jid = field(form, "&Address:", saved.jid(), "name@example.org");
		password = new Text(labelled(form, "&Password:"), SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		password.setMessage(saved.isConfigured() && hasPassword(saved.jid()) ? "(saved in secure storage)" : "");
		password.addModifyListener(e -> passwordEdited = true);
		host = field(form, "&Server:", saved.host(), "optional; found from the address when empty");
		port = field(form, "P&ort:", saved.port() > 0 ? String.valueOf(saved.port()) : "", "5222");
		plaintext = check(form, "Allow an &unencrypted connection (only to a server on this machine, e.g. a local test server)",
				saved.allowPlaintext());
		signInOnStartup = check(form, "Sign &in when the IDE starts", saved.signInOnStartup());
		Button test = new Button(form, SWT.PUSH);
		test.setText("&Test Connection");
		test.addListener(SWT.Selection, e -> testConnection());
		testResult = new Label(form, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(testResult);
		trustedCertificates(form, saved);
		jid.addModifyListener(e -> validate());
		port.addModifyListener(e -> validate());
		return form;
	}

	/** The certificates the user trusted, each for an account on a server, with a way to take one back. */
	private void trustedCertificates(Composite form, AccountPreferences saved) {
		Label title = new Label(form, SWT.NONE);
		title.setText("Trusted server &certificates:");
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(title);
		pinList = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		pinList.setData("org.eclipse.swtbot.widget.key", PIN_LIST_KEY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, 60).applyTo(pinList);
		pins.addAll(saved.pins());
		pins.forEach(pin -> pinList.add(pin.describe()));
		Button remove = new Button(form, SWT.PUSH);
		remove.setText("&Remove");
		remove.setToolTipText("Trust this certificate no more: the next sign-in to that server asks again");
		remove.addListener(SWT.Selection, e -> {
			int selected = pinList.getSelectionIndex();
			if (selected >= 0) {
				pins.remove(selected);
				pinList.remove(selected);
			}
		});
	}

	@Override
	public boolean performOk() {
		if (!validate()) {
			return false;
		}
		var node = TactPreferences.node();
		node.put(AccountPreferences.JID, jid.getText().strip());
		node.put(AccountPreferences.HOST, host.getText().strip());
		node.putInt(AccountPreferences.PORT, port.getText().isBlank() ? 0 : Integer.parseInt(port.getText().strip()));
		node.putBoolean(AccountPreferences.ALLOW_PLAINTEXT, plaintext.getSelection());
		node.putBoolean(AccountPreferences.SIGN_IN_ON_STARTUP, signInOnStartup.getSelection());
		AccountPreferences.savePins(pins);
		if (passwordEdited && !jid.getText().isBlank()) {
			try {
				TactRuntime.get().account().credentials().save(BareJid.parse(jid.getText()), password.getText().toCharArray());
			} catch (IllegalStateException e) {
				setErrorMessage(e.getMessage());
				return false;
			}
		}
		return super.performOk();
	}


	private void testConnection() {
		if (!validate()) {
			return;
		}
		testResult.setText("Connecting\u2026");
		AccountSettings settings = new AccountSettings(BareJid.parse(jid.getText()), "tact-test", host.getText(),
				port.getText().isBlank() ? 0 : Integer.parseInt(port.getText().strip()), plaintext.getSelection());
		char[] typed = passwordEdited ? password.getText().toCharArray() : null;
		ConnectionTest.run(settings, typed, message -> {
			if (!testResult.isDisposed()) {
				testResult.setText(message);
				testResult.getParent().layout();
			}
		});
	}

	private boolean validate() {
		String error = null;
		String address = jid.getText().strip();
		if (!address.isEmpty()) {
			try {
				if (BareJid.parse(address).local().isEmpty()) {
					error = "An address has a name and a server, as in dana@example.org.";
				}
			} catch (IllegalArgumentException e) {
				error = e.getMessage();
			}
		}
		String portText = port.getText().strip();
		if (error == null && !portText.isEmpty()) {
			try {
				int value = Integer.parseInt(portText);
				if (value < 1 || value > 65535) {
					error = "A port is a number from 1 to 65535.";
				}
			} catch (NumberFormatException e) {
				error = "A port is a number from 1 to 65535.";
			}
		}
		setErrorMessage(error);
		setValid(error == null);
		return error == null;
	}

	private static boolean hasPassword(String account) {
		try {
			return TactRuntime.get().account().credentials().password(BareJid.parse(account)).isPresent();
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static Composite labelled(Composite form, String text) {
		new Label(form, SWT.NONE).setText(text);
		return form;
	}

	private static Text field(Composite form, String label, String value, String hint) {
		Text text = new Text(labelled(form, label), SWT.BORDER);
		text.setText(value);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Button check(Composite form, String text, boolean value) {
		Button button = new Button(form, SWT.CHECK);
		button.setText(text);
		button.setSelection(value);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}
}
