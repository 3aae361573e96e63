<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ContactPage</name>
    <message>
        <source>Who should receive the SCIM endpoint URL and secret token? Only this person will get them, securely.</source>
        <translation>Wer soll die URL des SCIM-Endpunkts und das geheime Token erhalten? Nur diese Person bekommt sie, auf sicherem Weg.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Named contact’s name</source>
        <translation>Name der benannten Kontaktperson</translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation>Anna Lehmann</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Named contact’s email address</source>
        <translation>E-Mail-Adresse der benannten Kontaktperson</translation>
    </message>
    <message>
        <source>ann@example.com</source>
        <translation>anna@example.com</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Schlüsselbund er&amp;neut versuchen</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Schlüsselbund erneut versuchen</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profilna&amp;me:</translation>
    </message>
    <message>
        <source>Enter what the service provider sent you. The secret — a token, a password or a client secret — goes into your system keychain, never to a file.</source>
        <translation>Geben Sie ein, was Ihnen der Dienstanbieter geschickt hat. Das Geheimnis – ein Token, ein Passwort oder ein geheimer Clientschlüssel – kommt in den Schlüsselbund Ihres Systems, nie in eine Datei.</translation>
    </message>
</context>
<context>
    <name>GoLivePage</name>
    <message>
        <source>Go-live steps</source>
        <translation>Schritte zum Livegang</translation>
    </message>
    <message>
        <source>People to &amp;assign:</source>
        <translation>Anzahl zuzuweisender &amp;Personen:</translation>
    </message>
    <message>
        <source>How many people will be assigned</source>
        <translation>Wie viele Personen zugewiesen werden</translation>
    </message>
</context>
<context>
    <name>IdentityProviderPage</name>
    <message>
        <source>Which identity provider will send your users?</source>
        <translation>Welcher Identitätsanbieter sendet Ihre Benutzer?</translation>
    </message>
    <message>
        <source>Microsoft &amp;Entra ID</source>
        <translation>Microsoft &amp;Entra ID</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>&amp;Okta</source>
        <translation>&amp;Okta</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>This only changes the wording of the next steps; you can test both later.</source>
        <translation>Das ändert nur die Formulierung der nächsten Schritte; Sie können später beide testen.</translation>
    </message>
</context>
<context>
    <name>IdpSetupPage</name>
    <message>
        <source>Endpoint URL to paste into your identity provider</source>
        <translation>Endpunkt-URL zum Einfügen in Ihren Identitätsanbieter</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the endpoint URL</source>
        <translation>Endpunkt-URL kopieren</translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation>Geheimes Token:</translation>
    </message>
    <message>
        <source>Copied from the keychain only when you ask; cleared from the clipboard after 30 seconds.</source>
        <translation>Wird nur auf Ihre Anforderung aus dem Schlüsselbund kopiert und nach 30 Sekunden aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation>Geheimes Token kopieren</translation>
    </message>
    <message>
        <source>Set-up steps in your identity provider</source>
        <translation>Einrichtungsschritte in Ihrem Identitätsanbieter</translation>
    </message>
    <message>
        <source>Authentication Mode:</source>
        <translation>Authentifizierungsmodus:</translation>
    </message>
    <message>
        <source>Authentication mode to choose in your identity provider</source>
        <translation>Authentifizierungsmodus, den Sie in Ihrem Identitätsanbieter wählen</translation>
    </message>
    <message>
        <source>Copy &amp;mode</source>
        <translation>&amp;Modus kopieren</translation>
    </message>
    <message>
        <source>Copy the authentication mode</source>
        <translation>Authentifizierungsmodus kopieren</translation>
    </message>
    <message>
        <source>Token Endpoint:</source>
        <translation>Tokenendpunkt:</translation>
    </message>
    <message>
        <source>OAuth token endpoint to paste into your identity provider</source>
        <translation>OAuth-Tokenendpunkt zum Einfügen in Ihren Identitätsanbieter</translation>
    </message>
    <message>
        <source>Copy token en&amp;dpoint</source>
        <translation>Token&amp;endpunkt kopieren</translation>
    </message>
    <message>
        <source>Copy the token endpoint URL</source>
        <translation>URL des Tokenendpunkts kopieren</translation>
    </message>
    <message>
        <source>Client Identifier:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>OAuth client identifier to paste into your identity provider</source>
        <translation>OAuth-Client-ID zum Einfügen in Ihren Identitätsanbieter</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>Client-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the client identifier</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Username to paste into your identity provider</source>
        <translation>Benutzername zum Einfügen in Ihren Identitätsanbieter</translation>
    </message>
    <message>
        <source>Copy us&amp;ername</source>
        <translation>&amp;Benutzernamen kopieren</translation>
    </message>
    <message>
        <source>Copy the username</source>
        <translation>Benutzernamen kopieren</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Import the Entra ID schema…</source>
        <translation>Entra-ID-Schema &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the app&apos;s synchronization schema from Entra ID</source>
        <translation>Synchronisierungsschema der App aus Entra ID importieren</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>&amp;Standard verwenden</translation>
    </message>
    <message>
        <source>Go back to the IdP&apos;s default mapping</source>
        <translation>Zur Standardzuordnung des IdP zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Unique identifier:</source>
        <translation>&amp;Eindeutiger Bezeichner:</translation>
    </message>
    <message>
        <source>The attribute Okta finds users by</source>
        <translation>Das Attribut, über das Okta Benutzer findet</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Attributzuordnung</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>What happens next. You can close the console now; it remembers where you are (never any secret).</source>
        <translation>Wie es weitergeht. Sie können die Konsole jetzt schließen; sie merkt sich, wo Sie stehen (aber nie ein Geheimnis).</translation>
    </message>
    <message>
        <source>I have &amp;sent the request</source>
        <translation>Ich habe die Anfrage &amp;gesendet</translation>
    </message>
    <message>
        <source>I have sent the request</source>
        <translation>Ich habe die Anfrage gesendet</translation>
    </message>
</context>
<context>
    <name>PilotGroupPage</name>
    <message>
        <source>Pilot &amp;group CSV:</source>
        <translation>Pilot&amp;gruppen-CSV:</translation>
    </message>
    <message>
        <source>Pilot group CSV file</source>
        <translation>CSV-Datei der Pilotgruppe</translation>
    </message>
    <message>
        <source>userName, email, givenName, familyName…</source>
        <translation>userName, email, givenName, familyName…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>Pre&amp;view the first sync</source>
        <translation>&amp;Vorschau des 1. Zyklus</translation>
    </message>
    <message>
        <source>Preview what the first sync will do</source>
        <translation>Vorschau dessen, was die erste Synchronisierung tun wird</translation>
    </message>
    <message>
        <source>C&amp;onfirm after the first cycle</source>
        <translation>Nach dem 1. Zyklus &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm the pilot group arrived</source>
        <translation>Bestätigen, dass die Pilotgruppe angekommen ist</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
</context>
<context>
    <name>PilotPage</name>
    <message>
        <source>Identity provider dialect</source>
        <translation>Dialekt des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Confirm writing a test user</source>
        <translation>Schreiben eines Testbenutzers bestätigen</translation>
    </message>
    <message>
        <source>Pilot steps</source>
        <translation>Pilotschritte</translation>
    </message>
    <message>
        <source>&amp;Run the pilot</source>
        <translation>Pilot &amp;starten</translation>
    </message>
    <message>
        <source>Run the pilot</source>
        <translation>Pilot starten</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the pilot and clean up</source>
        <translation>Pilot abbrechen und bereinigen</translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation>&amp;Details und Berichte…</translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation>Ergebnisansicht öffnen</translation>
    </message>
    <message>
        <source>Your IdP &amp;integration:</source>
        <translation>Ihre &amp;IdP-Integration:</translation>
    </message>
    <message>
        <source>I &amp;understand:</source>
        <translation>Mir ist &amp;bewusst:</translation>
    </message>
</context>
<context>
    <name>ProfileFieldsForm</name>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>SCIM-Endpunkt-URL</translation>
    </message>
    <message>
        <source>https://…/scim/v2</source>
        <translation>https://…/scim/v2</translation>
    </message>
    <message>
        <source>I checked this &amp;host:</source>
        <translation>Diesen Host habe ich geprü&amp;ft:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group name at the service provider</source>
        <translation>Gruppenname beim Dienstanbieter</translation>
    </message>
    <message>
        <source>SCIM Pilot</source>
        <translation>SCIM Pilot</translation>
    </message>
    <message>
        <source>Group id at the service provider</source>
        <translation>Gruppen-ID beim Dienstanbieter</translation>
    </message>
    <message>
        <source>id (optional)</source>
        <translation>ID (optional)</translation>
    </message>
    <message>
        <source>&amp;SSO signs in with:</source>
        <translation>&amp;SSO-Anmeldung über:</translation>
    </message>
    <message>
        <source>What single sign-on signs people in with</source>
        <translation>Womit Single Sign-On die Personen anmeldet</translation>
    </message>
    <message>
        <source>&amp;CA file (optional):</source>
        <translation>&amp;CA-Datei (optional):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only if your organisation inspects TLS or runs its own certificate authority.</source>
        <translation>Nur wenn Ihre Organisation TLS untersucht oder eine eigene Zertifizierungsstelle betreibt.</translation>
    </message>
    <message>
        <source>only if your network inspects TLS</source>
        <translation>nur wenn Ihr Netzwerk TLS untersucht</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Authentifizierungsmodus</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Basic authentication username</source>
        <translation>Benutzername für die Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Token endpoint &amp;URL:</source>
        <translation>Tokenendpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>OAuth token endpoint URL</source>
        <translation>URL des OAuth-Tokenendpunkts</translation>
    </message>
    <message>
        <source>https://…/oauth2/v2.0/token</source>
        <translation>https://…/oauth2/v2.0/token</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>Geheimes &amp;Token:</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Sc&amp;ope (optional):</source>
        <translation>&amp;Bereich (optional):</translation>
    </message>
    <message>
        <source>OAuth scope (optional)</source>
        <translation>OAuth-Bereich (optional)</translation>
    </message>
    <message>
        <source>api://…/.default</source>
        <translation>api://…/.default</translation>
    </message>
    <message>
        <source>Sen&amp;d client secret as:</source>
        <translation>Clientschlüssel sen&amp;den als:</translation>
    </message>
    <message>
        <source>How the client secret is sent to the token endpoint</source>
        <translation>Wie der geheime Clientschlüssel an den Tokenendpunkt gesendet wird</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Your stored profiles. Tokens stay in the system keychain.</source>
        <translation>Ihre gespeicherten Profile. Tokens bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Stored profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Neues &amp;Token:</translation>
    </message>
    <message>
        <source>New secret token</source>
        <translation>Neues geheimes Token</translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation>Token &amp;erneuern</translation>
    </message>
    <message>
        <source>Store the new token</source>
        <translation>Neues Token speichern</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>Profil ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the profile and its token</source>
        <translation>Profil und sein Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Yes, remove it and its token</source>
        <translation>&amp;Ja, Profil und Token entfernen</translation>
    </message>
    <message>
        <source>Confirm removing the profile</source>
        <translation>Entfernen des Profils bestätigen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>Frühere &amp;Läufe…</translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation>Frühere Läufe dieses Profils</translation>
    </message>
    <message>
        <source>Go straight to the pilot group check</source>
        <translation>Direkt zur Prüfung der Pilotgruppe</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s connection details</source>
        <translation>Verbindungsdetails des Profils bearbeiten</translation>
    </message>
    <message>
        <source>Endpoint, identity provider, group, SSO attribute and CA file; the token stays in the keychain.</source>
        <translation>Endpunkt, Identitätsanbieter, Gruppe, SSO-Attribut und CA-Datei; das Token bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The IdP is set up already: go straight to the pilot gro&amp;up check</source>
        <translation>Der IdP ist bereits eingerichtet: direkt zur Prüfung der Pilot&amp;gruppe</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <extracomment>before a message under a field that blocks Next; %1 is the message</extracomment>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>A problem: fix it to go on.</source>
        <translation>Ein Problem: Beheben Sie es, um fortzufahren.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <extracomment>before a message under a field that does not block Next; %1 is the message</extracomment>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Advice: you can go on without changing this.</source>
        <translation>Hinweis: Sie können fortfahren, ohne dies zu ändern.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>This is the request exactly as the service provider wants it. Send it from your own mailbox.</source>
        <translation>Dies ist die Anfrage genau so, wie der Dienstanbieter sie haben möchte. Senden Sie sie aus Ihrem eigenen Postfach.</translation>
    </message>
    <message>
        <source>The request email</source>
        <translation>Die Anfrage-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>In &amp;Mail-App öffnen</translation>
    </message>
    <message>
        <source>Open the request in your mail app</source>
        <translation>Anfrage in Ihrer Mail-App öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>Als Text &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the request as a text file</source>
        <translation>Anfrage als Textdatei speichern</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Set up SCIM provisioning from your identity provider, one safe step at a time. What would you like to do?</source>
        <translation>Richten Sie die SCIM-Bereitstellung aus Ihrem Identitätsanbieter Schritt für Schritt sicher ein. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Prepare a &amp;new SCIM request</source>
        <translation>Neue SCIM-Anfrage &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Collect your tenant details and the named contact, and write the request email.</source>
        <translation>Erfassen Sie Ihre Mandantendaten und die benannte Kontaktperson und erstellen Sie die Anfrage-E-Mail.</translation>
    </message>
    <message>
        <source>Prepare a new SCIM request</source>
        <translation>Neue SCIM-Anfrage vorbereiten</translation>
    </message>
    <message>
        <source>I have &amp;received my endpoint and token</source>
        <translation>Ich habe Endpunkt und Token &amp;erhalten</translation>
    </message>
    <message>
        <source>Store the endpoint URL and secret token safely in your system keychain.</source>
        <translation>Endpunkt-URL und geheimes Token sicher im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>I have received my endpoint and token</source>
        <translation>Ich habe Endpunkt und Token erhalten</translation>
    </message>
    <message>
        <source>C&amp;lean up now</source>
        <translation>Jetzt &amp;bereinigen</translation>
    </message>
    <message>
        <source>Clean up what the interrupted pilot created</source>
        <translation>Bereinigen, was der unterbrochene Pilot angelegt hat</translation>
    </message>
    <message>
        <source>&amp;Continue with a stored profile</source>
        <translation>Mit gespeichertem Profil &amp;fortfahren</translation>
    </message>
    <message>
        <source>Verify, pilot, set up the identity provider and go live with a stored profile — or change its details or token.</source>
        <translation>Mit einem gespeicherten Profil prüfen, den Pilot ausführen, den Identitätsanbieter einrichten und live gehen – oder seine Details oder sein Token ändern.</translation>
    </message>
    <message>
        <source>Continue with a stored profile</source>
        <translation>Mit gespeichertem Profil fortfahren</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Tenant &amp;location:</source>
        <translation>S&amp;tandort des Mandanten:</translation>
    </message>
    <message>
        <source>Tenant location</source>
        <translation>Standort des Mandanten</translation>
    </message>
    <message>
        <source>Tenant na&amp;me:</source>
        <translation>&amp;Name des Mandanten:</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>Acme Ltd</source>
        <translation>Acme GmbH</translation>
    </message>
    <message>
        <source>Tenant &amp;subdomain:</source>
        <translation>&amp;Subdomäne des Mandanten:</translation>
    </message>
    <message>
        <source>Tenant subdomain</source>
        <translation>Subdomäne des Mandanten</translation>
    </message>
    <message>
        <source>acme</source>
        <translation>acme</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verification steps</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation>&amp;Details und Berichte…</translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation>Ergebnisansicht öffnen</translation>
    </message>
    <message>
        <source>Measure throughput</source>
        <translation>Durchsatz messen</translation>
    </message>
    <message>
        <source>Also measure &amp;throughput (up to 10 seconds of read-only requests)</source>
        <translation>Auch den Durch&amp;satz messen (bis 10 s, nur lesende Anfragen)</translation>
    </message>
    <message>
        <source>When checked, the next check also sends read-only lookups at a rising rate up to 30 per second and reports the rate and latency the endpoint sustains.</source>
        <translation>Wenn aktiviert, sendet die nächste Prüfung zusätzlich nur lesende Abfragen mit steigender Rate bis zu 30 pro Sekunde und meldet, welche Rate und Latenz der Endpunkt durchhält.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>%1 is not the console&apos;s core plug-in.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 ist nicht das Kern-Plug-in der Konsole.</translation>
    </message>
</context>
<context>
    <name>app::ContactPage</name>
    <message>
        <source>Named contact</source>
        <translation>Benannte Kontaktperson</translation>
    </message>
    <message>
        <source>The one person who receives the SCIM credentials.</source>
        <translation>Die eine Person, die die SCIM-Anmeldeinformationen erhält.</translation>
    </message>
</context>
<context>
    <name>app::CredentialsPage</name>
    <message>
        <source>Store your SCIM credentials</source>
        <translation>SCIM-Anmeldeinformationen speichern</translation>
    </message>
    <message>
        <source>From the message your named contact received.</source>
        <translation>Aus der Nachricht, die Ihre benannte Kontaktperson erhalten hat.</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Sandbox-Demo</translation>
    </message>
    <message>
        <source>Demo: these are the embedded sandbox&apos;s details. The token stays in memory; nothing is stored.</source>
        <translation>Demo: Dies sind die Angaben der eingebauten Sandbox. Das Token bleibt im Arbeitsspeicher; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund Ihres Systems gespeichert…</translation>
    </message>
</context>
<context>
    <name>app::GoLivePage</name>
    <message>
        <source>Go live</source>
        <translation>Livegang</translation>
    </message>
    <message>
        <source>The pilot group first, then everyone.</source>
        <translation>Erst die Pilotgruppe, dann alle.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assign the pilot group “%1”&lt;/b&gt; in %2 — a handful of real colleagues, not everyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;After the first provisioning cycle&lt;/b&gt;, check each pilot user arrived, is active, has the right attributes and is in the group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Watch&lt;/b&gt; %3 for failures, and ask the pilot users to sign in with SSO: the account SCIM created must be the one they land in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leavers&lt;/b&gt;: %4&lt;/li&gt;&lt;li&gt;When the pilot looks right for a few days, &lt;b&gt;widen the assignment&lt;/b&gt; to everyone who needs access.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service, %2 the IdP, %3 its logs, %4 how it treats leavers</extracomment>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Weisen Sie die Pilotgruppe „%1“&lt;/b&gt; in %2 zu – eine Handvoll echter Kolleginnen und Kollegen, nicht alle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prüfen Sie nach dem ersten Bereitstellungszyklus&lt;/b&gt;, ob jeder Pilotbenutzer angekommen und aktiv ist, die richtigen Attribute hat und in der Gruppe ist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Beobachten Sie&lt;/b&gt; %3 auf Fehler und bitten Sie die Pilotbenutzer, sich per SSO anzumelden: Sie müssen in genau dem Konto landen, das SCIM angelegt hat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Austritte&lt;/b&gt;: %4&lt;/li&gt;&lt;li&gt;Wenn der Pilot einige Tage lang gut aussieht, &lt;b&gt;erweitern Sie die Zuweisung&lt;/b&gt; auf alle, die Zugriff brauchen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Okta&apos;s Tasks and System Log</source>
        <translation>die Aufgaben und das Systemprotokoll von Okta</translation>
    </message>
    <message>
        <source>Entra ID&apos;s provisioning logs</source>
        <translation>die Bereitstellungsprotokolle von Entra ID</translation>
    </message>
    <message>
        <source>Okta only deactivates users; it never deletes them.</source>
        <translation>Okta deaktiviert Benutzer nur; es löscht sie nie.</translation>
    </message>
    <message>
        <source>Entra ID first disables a user (active false), and deletes the account about 30 days later.</source>
        <translation>Entra ID deaktiviert einen Benutzer zuerst (active false) und löscht das Konto etwa 30 Tage später.</translation>
    </message>
    <message>
        <source>How long Entra ID&apos;s first provisioning cycle takes depends on how many people you assign: enter their number to see an estimate.</source>
        <translation>Wie lange der erste Bereitstellungszyklus von Entra ID dauert, hängt davon ab, wie viele Personen Sie zuweisen: Geben Sie deren Anzahl ein, um eine Schätzung zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Your %Ln people: %1</source>
        <extracomment>%Ln is the number of people to assign, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>Bei %Ln Person: %1</numerusform>
            <numerusform>Bei %Ln Personen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::IdentityProviderPage</name>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Where your users and groups come from.</source>
        <translation>Woher Ihre Benutzer und Gruppen kommen.</translation>
    </message>
</context>
<context>
    <name>app::IdpSetupPage</name>
    <message>
        <source>URL copied.</source>
        <translation>URL kopiert.</translation>
    </message>
    <message>
        <source>SCIM connector base URL:</source>
        <translation>SCIM-Connector-Basis-URL:</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>Mandanten-URL:</translation>
    </message>
    <message>
        <source>Set up provisioning in Okta</source>
        <translation>Bereitstellung in Okta einrichten</translation>
    </message>
    <message>
        <source>Set up provisioning in Microsoft Entra ID</source>
        <translation>Bereitstellung in Microsoft Entra ID einrichten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The URL above ends in ?aadOptscim062020&lt;/b&gt;: the pilot showed this service needs Entra ID&apos;s RFC-compliant requests. Keep it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die URL oben endet auf ?aadOptscim062020&lt;/b&gt;: Der Pilot hat gezeigt, dass dieser Dienst die RFC-konformen Anfragen von Entra ID braucht. Behalten Sie das bei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up provisioning in your Okta app</source>
        <translation>Bereitstellung in Ihrer Okta-App einrichten</translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default. Your SSO signs people in by email: where a user&apos;s UPN and mail differ, change that row to &lt;code&gt;mail&lt;/code&gt; → &lt;code&gt;userName&lt;/code&gt;.</source>
        <translation>Entra ID sendet standardmäßig &lt;code&gt;userPrincipalName&lt;/code&gt; als &lt;code&gt;userName&lt;/code&gt;. Ihr SSO meldet Personen per E-Mail an: Wo UPN und E-Mail-Adresse eines Benutzers abweichen, ändern Sie diese Zeile in &lt;code&gt;mail&lt;/code&gt; → &lt;code&gt;userName&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default, and matches existing accounts on it. Keep it if your SSO signs people in with the UPN.</source>
        <translation>Entra ID sendet standardmäßig &lt;code&gt;userPrincipalName&lt;/code&gt; als &lt;code&gt;userName&lt;/code&gt; und ordnet vorhandene Konten darüber zu. Behalten Sie das bei, wenn Ihr SSO Personen mit dem UPN anmeldet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change these attribute mappings first&lt;/b&gt; — the pilot found the service does not store them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ändern Sie zuerst diese Attributzuordnungen&lt;/b&gt; – der Pilot hat festgestellt, dass der Dienst sie nicht speichert:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Authentifizierungsmodus</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Tokenendpunkt</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <extracomment>%1 names the value, e.g. &quot;Client identifier&quot;</extracomment>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Authorization token:</source>
        <translation>Autorisierungstoken:</translation>
    </message>
    <message>
        <source>Secret Token:</source>
        <translation>Geheimes Token:</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation>Geheimes Token kopieren</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Copy pass&amp;word</source>
        <translation>&amp;Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Copy client &amp;secret</source>
        <translation>Geheimen Client&amp;schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Geheimen Clientschlüssel kopieren</translation>
    </message>
    <message>
        <source>Microsoft Entra ID cannot sign in with this profile&apos;s authentication mode: it offers a Secret Token or OAuth 2.0 client credentials. Ask the service provider for those.</source>
        <translation>Microsoft Entra ID kann sich mit dem Authentifizierungsmodus dieses Profils nicht anmelden: Es bietet ein geheimes Token oder OAuth-2.0-Clientanmeldeinformationen. Fragen Sie den Dienstanbieter danach.</translation>
    </message>
    <message>
        <source>Okta cannot sign in with OAuth 2.0 client credentials: it offers a token (HTTP Header) or Basic Auth. Ask the service provider for those.</source>
        <translation>Okta kann sich nicht mit OAuth-2.0-Clientanmeldeinformationen anmelden: Es bietet ein Token (HTTP-Header) oder Basic Auth. Fragen Sie den Dienstanbieter danach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;HTTP Header&lt;/b&gt;; paste the token as the Bearer value (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Authentifizierungsmodus&lt;/b&gt;: &lt;b&gt;HTTP-Header&lt;/b&gt;; fügen Sie das Token als Bearer-Wert ein (&lt;i&gt;Token kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Tenant URL&lt;/b&gt; above and the &lt;b&gt;Secret Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>Fügen Sie oben die &lt;b&gt;Mandanten-URL&lt;/b&gt; und das &lt;b&gt;geheime Token&lt;/b&gt; ein (&lt;i&gt;Token kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;Basic Auth&lt;/b&gt;; paste the &lt;b&gt;Username&lt;/b&gt; and the &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Authentifizierungsmodus&lt;/b&gt;: &lt;b&gt;Basic Auth&lt;/b&gt;; fügen Sie oben den &lt;b&gt;Benutzernamen&lt;/b&gt; und das &lt;b&gt;Passwort&lt;/b&gt; ein (&lt;i&gt;Passwort kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Entra ID has no Basic authentication: ask the service provider for a Secret Token.</source>
        <translation>Entra ID bietet keine Basic-Authentifizierung: Fragen Sie den Dienstanbieter nach einem geheimen Token.</translation>
    </message>
    <message>
        <source>Okta has no OAuth 2.0 client credentials for SCIM: ask the service provider for a token.</source>
        <translation>Okta bietet für SCIM keine OAuth-2.0-Clientanmeldeinformationen: Fragen Sie den Dienstanbieter nach einem Token.</translation>
    </message>
    <message>
        <source>Set &lt;b&gt;Authentication Method&lt;/b&gt; to &lt;b&gt;OAuth2 Client Credentials Grant&lt;/b&gt;; paste the &lt;b&gt;Tenant URL&lt;/b&gt;, &lt;b&gt;Token Endpoint&lt;/b&gt;, &lt;b&gt;Client Identifier&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; above (&lt;i&gt;Copy client secret&lt;/i&gt;).</source>
        <translation>Setzen Sie die &lt;b&gt;Authentifizierungsmethode&lt;/b&gt; auf &lt;b&gt;OAuth2 Client Credentials Grant&lt;/b&gt;; fügen Sie oben die &lt;b&gt;Mandanten-URL&lt;/b&gt;, den &lt;b&gt;Tokenendpunkt&lt;/b&gt;, die &lt;b&gt;Client-ID&lt;/b&gt; und den &lt;b&gt;geheimen Clientschlüssel&lt;/b&gt; ein (&lt;i&gt;Geheimen Clientschlüssel kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;p&gt;For the service provider&apos;s app from the Okta Integration Network catalog:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Configure API Integration&lt;/b&gt;, and tick &lt;b&gt;Enable API integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above as the base URL. %2 Click &lt;b&gt;Test API Credentials&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Push Groups&lt;/b&gt;: push the pilot group and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service provider, %2 a sentence on how to enter the credentials</extracomment>
        <translation>&lt;p&gt;Für die App des Dienstanbieters aus dem Okta Integration Network-Katalog:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie in der Okta Admin Console &lt;b&gt;Anwendungen&lt;/b&gt; → Ihre App → &lt;b&gt;Bereitstellung&lt;/b&gt; → &lt;b&gt;API-Integration konfigurieren&lt;/b&gt; und aktivieren Sie &lt;b&gt;API-Integration aktivieren&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie oben die &lt;b&gt;SCIM-Connector-Basis-URL&lt;/b&gt; als Basis-URL ein. %2 Klicken Sie auf &lt;b&gt;API-Anmeldedaten testen&lt;/b&gt; und dann auf &lt;b&gt;Speichern&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bereitstellung&lt;/b&gt; → &lt;b&gt;An App&lt;/b&gt; → &lt;b&gt;Bearbeiten&lt;/b&gt;: Aktivieren Sie &lt;b&gt;Benutzer erstellen&lt;/b&gt;, &lt;b&gt;Benutzerattribute aktualisieren&lt;/b&gt; und &lt;b&gt;Benutzer deaktivieren&lt;/b&gt;; &lt;b&gt;Speichern&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zuweisungen&lt;/b&gt;: Weisen Sie nur Ihre Pilotgruppe zu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gruppen-Push&lt;/b&gt;: Pushen Sie die Pilotgruppe und wählen Sie &lt;b&gt;Mit vorhandener Gruppe verknüpfen&lt;/b&gt; → „%1“.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Where the app offers &lt;b&gt;Basic Auth&lt;/b&gt;, choose it and paste the &lt;b&gt;Username&lt;/b&gt; and &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation>Wenn die App &lt;b&gt;Basic Auth&lt;/b&gt; anbietet, wählen Sie diese Option und fügen Sie oben den &lt;b&gt;Benutzernamen&lt;/b&gt; und das &lt;b&gt;Passwort&lt;/b&gt; ein (&lt;i&gt;Passwort kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Paste the token as the &lt;b&gt;API Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>Fügen Sie das Token als &lt;b&gt;API-Token&lt;/b&gt; ein (&lt;i&gt;Token kopieren&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;p&gt;For an app you created with Okta&apos;s App Integration Wizard (SAML or SWA):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;General&lt;/b&gt; → &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, set &lt;b&gt;Provisioning&lt;/b&gt; to &lt;b&gt;SCIM&lt;/b&gt;, and &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above; set &lt;b&gt;Unique identifier field for users&lt;/b&gt; to &lt;code&gt;userName&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Supported provisioning actions&lt;/b&gt;: &lt;b&gt;Push New Users&lt;/b&gt;, &lt;b&gt;Push Profile Updates&lt;/b&gt; and &lt;b&gt;Push Groups&lt;/b&gt; (add &lt;b&gt;Import New Users and Profile Updates&lt;/b&gt; if you want imports).&lt;/li&gt;&lt;li&gt;%2 Click &lt;b&gt;Test Connector Configuration&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group. &lt;b&gt;Push Groups&lt;/b&gt;: push it and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service provider, %2 a sentence on how to enter the credentials</extracomment>
        <translation>&lt;p&gt;Für eine App, die Sie mit dem App-Integrationsassistenten von Okta erstellt haben (SAML oder SWA):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie in der Okta Admin Console &lt;b&gt;Anwendungen&lt;/b&gt; → Ihre App → &lt;b&gt;Allgemein&lt;/b&gt; → &lt;b&gt;App-Einstellungen&lt;/b&gt; → &lt;b&gt;Bearbeiten&lt;/b&gt;, setzen Sie &lt;b&gt;Bereitstellung&lt;/b&gt; auf &lt;b&gt;SCIM&lt;/b&gt; und klicken Sie auf &lt;b&gt;Speichern&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bereitstellung&lt;/b&gt; → &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Bearbeiten&lt;/b&gt;: Fügen Sie oben die &lt;b&gt;SCIM-Connector-Basis-URL&lt;/b&gt; ein; setzen Sie &lt;b&gt;Feld für eindeutige Benutzerkennung&lt;/b&gt; auf &lt;code&gt;userName&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unterstützte Bereitstellungsaktionen&lt;/b&gt;: &lt;b&gt;Neue Benutzer pushen&lt;/b&gt;, &lt;b&gt;Profilaktualisierungen pushen&lt;/b&gt; und &lt;b&gt;Gruppen pushen&lt;/b&gt; (dazu &lt;b&gt;Neue Benutzer und Profilaktualisierungen importieren&lt;/b&gt;, wenn Sie Importe möchten).&lt;/li&gt;&lt;li&gt;%2 Klicken Sie auf &lt;b&gt;Connector-Konfiguration testen&lt;/b&gt; und dann auf &lt;b&gt;Speichern&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bereitstellung&lt;/b&gt; → &lt;b&gt;An App&lt;/b&gt; → &lt;b&gt;Bearbeiten&lt;/b&gt;: Aktivieren Sie &lt;b&gt;Benutzer erstellen&lt;/b&gt;, &lt;b&gt;Benutzerattribute aktualisieren&lt;/b&gt; und &lt;b&gt;Benutzer deaktivieren&lt;/b&gt;; &lt;b&gt;Speichern&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zuweisungen&lt;/b&gt;: Weisen Sie nur Ihre Pilotgruppe zu. &lt;b&gt;Gruppen-Push&lt;/b&gt;: Pushen Sie sie und wählen Sie &lt;b&gt;Mit vorhandener Gruppe verknüpfen&lt;/b&gt; → „%1“.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the Entra admin center open &lt;b&gt;Enterprise applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt;; set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;%3 Then click &lt;b&gt;Test Connection&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mappings&lt;/b&gt;: %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; → &lt;b&gt;Scope&lt;/b&gt;: &lt;i&gt;Sync only assigned users and groups&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;: nothing is provisioned until you do.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users and groups&lt;/b&gt;: assign only your pilot group “%2”; then use &lt;b&gt;Provision on demand&lt;/b&gt; for one user and read the result.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Provisioning logs&lt;/b&gt; (under Monitoring) show every request and its answer. If many requests fail, Entra ID puts the app in &lt;b&gt;quarantine&lt;/b&gt;; fix the cause and restart provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is advice on the userName mapping, %2 the pilot group&apos;s name, %3 how to enter the credentials</extracomment>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie im Microsoft Entra Admin Center &lt;b&gt;Unternehmensanwendungen&lt;/b&gt; → Ihre App → &lt;b&gt;Bereitstellung&lt;/b&gt;; setzen Sie den &lt;b&gt;Bereitstellungsmodus&lt;/b&gt; auf &lt;b&gt;Automatisch&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;%3 Klicken Sie dann auf &lt;b&gt;Verbindung testen&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zuordnungen&lt;/b&gt;: %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einstellungen&lt;/b&gt; → &lt;b&gt;Bereich&lt;/b&gt;: &lt;i&gt;Nur zugewiesene Benutzer und Gruppen synchronisieren&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Setzen Sie den &lt;b&gt;Bereitstellungsstatus&lt;/b&gt; auf &lt;b&gt;Ein&lt;/b&gt; und klicken Sie auf &lt;b&gt;Speichern&lt;/b&gt;: Vorher wird nichts bereitgestellt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Benutzer und Gruppen&lt;/b&gt;: Weisen Sie nur Ihre Pilotgruppe „%2“ zu; verwenden Sie dann die &lt;b&gt;bedarfsgesteuerte Bereitstellung&lt;/b&gt; für einen Benutzer und lesen Sie das Ergebnis.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Bereitstellungsprotokolle&lt;/b&gt; (unter Überwachung) zeigen jede Anfrage und ihre Antwort. Schlagen viele Anfragen fehl, setzt Entra ID die App in &lt;b&gt;Quarantäne&lt;/b&gt;; beheben Sie die Ursache und starten Sie die Bereitstellung neu.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The token was cleared from the clipboard.</source>
        <translation>Das Token wurde aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>The password was cleared from the clipboard.</source>
        <translation>Das Passwort wurde aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>The client secret was cleared from the clipboard.</source>
        <translation>Der geheime Clientschlüssel wurde aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Copied the token. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Token kopiert. Fügen Sie es jetzt ein: Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Copied the password. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Passwort kopiert. Fügen Sie es jetzt ein: Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Copied the client secret. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Geheimer Clientschlüssel kopiert. Fügen Sie ihn jetzt ein: Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
</context>
<context>
    <name>app::MappingsPage</name>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Dropped silently</source>
        <translation>Stillschweigend verworfen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation>Attributzuordnungen</translation>
    </message>
    <message>
        <source>What your identity provider will send, attribute by attribute.</source>
        <translation>Was Ihr Identitätsanbieter senden wird, Attribut für Attribut.</translation>
    </message>
    <message>
        <source>IdP source</source>
        <translation>IdP-Quelle</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>SCIM-Attribut</translation>
    </message>
    <message>
        <source>Value sent</source>
        <translation>Gesendeter Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>The profile&apos;s imported mapping cannot be read (%1); the default is shown.</source>
        <translation>Die importierte Zuordnung des Profils kann nicht gelesen werden (%1); die Standardzuordnung wird angezeigt.</translation>
    </message>
    <message>
        <source>Okta sends the attributes of the app&apos;s user profile. Switch off the rows your Okta app does not have, and choose the attribute Okta finds users by; the pilot then sends exactly these.</source>
        <translation>Okta sendet die Attribute des Benutzerprofils der App. Schalten Sie die Zeilen aus, die Ihre Okta-App nicht hat, und wählen Sie das Attribut, über das Okta Benutzer findet; der Pilot sendet dann genau diese.</translation>
    </message>
    <message>
        <source>Entra ID does not read the service&apos;s /Schemas for a custom app: it sends every row below that has a value. Import your app&apos;s real mapping to pilot with it: in Graph Explorer, GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema, and save the answer.</source>
        <translation>Entra ID liest bei einer benutzerdefinierten App die /Schemas des Dienstes nicht: Es sendet jede Zeile unten, die einen Wert hat. Importieren Sie die tatsächliche Zuordnung Ihrer App, um den Pilot damit auszuführen: Rufen Sie im Graph-Explorer GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema auf und speichern Sie die Antwort.</translation>
    </message>
    <message>
        <source>%1&apos;s default mapping.</source>
        <translation>Standardzuordnung von %1.</translation>
    </message>
    <message>
        <source>The mapping imported for this profile.</source>
        <translation>Die für dieses Profil importierte Zuordnung.</translation>
    </message>
    <message>
        <source>the manager&apos;s id</source>
        <translation>die ID des Vorgesetzten</translation>
    </message>
    <message>
        <source>(no value: not sent)</source>
        <translation>(kein Wert: nicht gesendet)</translation>
    </message>
    <message>
        <source>(switched off)</source>
        <translation>(ausgeschaltet)</translation>
    </message>
    <message>
        <source>Import the Entra ID synchronization schema</source>
        <translation>Synchronisierungsschema von Entra ID importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1. The mapping is unchanged.</source>
        <extracomment>%1 is the reason the mapping file cannot be used</extracomment>
        <translation>Diese Datei kann nicht verwendet werden: %1. Die Zuordnung bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user row(s) from %1.</source>
        <extracomment>%n is the number of user attribute mapping rows imported, %1 the file path</extracomment>
        <translation>
            <numerusform>%n Benutzerzeile aus %1 importiert.</numerusform>
            <numerusform>%n Benutzerzeilen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <extracomment>%1 is a made-up value the console sends to show the mapping works</extracomment>
        <translation>%1 (Beispiel)</translation>
    </message>
</context>
<context>
    <name>app::NextStepsPage</name>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>&lt;p&gt;First send the request; then:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Senden Sie zuerst die Anfrage; dann:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(waiting for %1)</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>(warten auf %1)</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(erledigt)</translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation>(Sie sind hier)</translation>
    </message>
    <message>
        <source>&lt;p&gt;When your named contact has the endpoint URL and token, open the console again and choose &lt;i&gt;I have received my endpoint and token&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald Ihre benannte Kontaktperson Endpunkt-URL und Token hat, öffnen Sie die Konsole erneut und wählen Sie &lt;i&gt;Ich habe Endpunkt und Token erhalten&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::PilotGroupPage</name>
    <message>
        <source>The pilot group</source>
        <translation>Die Pilotgruppe</translation>
    </message>
    <message>
        <source>Real people&apos;s accounts: the console only reads, it never writes.</source>
        <translation>Konten echter Personen: Die Konsole liest nur, sie schreibt nie.</translation>
    </message>
    <message>
        <source>List the pilot group&apos;s people in a CSV file (a header row with userName; Entra ID&apos;s and Okta&apos;s user exports work as they are). Before you assign the group in the IdP, preview what its first sync will do for each person; after the first provisioning cycle, confirm that everyone arrived as the file says.</source>
        <translation>Führen Sie die Personen der Pilotgruppe in einer CSV-Datei auf (mit einer Kopfzeile mit userName; die Benutzerexporte von Entra ID und Okta funktionieren unverändert). Bevor Sie die Gruppe im IdP zuweisen, sehen Sie sich vorab an, was die erste Synchronisierung für jede Person tun wird; bestätigen Sie nach dem ersten Bereitstellungszyklus, dass alle so angekommen sind, wie es in der Datei steht.</translation>
    </message>
    <message>
        <source>The pilot group&apos;s CSV file</source>
        <translation>CSV-Datei der Pilotgruppe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file of the pilot group.</source>
        <translation>Wählen Sie die CSV-Datei der Pilotgruppe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used yet:&lt;/b&gt;&lt;br&gt;%1</source>
        <extracomment>%1 is a list of problems found in the CSV file, one per line</extracomment>
        <translation>&lt;b&gt;Diese Datei kann noch nicht verwendet werden:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n people, ready to check.</source>
        <extracomment>%n is the number of people in the pilot group&apos;s CSV file</extracomment>
        <translation>
            <numerusform>%n Person, bereit zur Prüfung.</numerusform>
            <numerusform>%n Personen, bereit zur Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <extracomment>%1 is a comma-separated list of CSV column names</extracomment>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n people (read-only)…</source>
        <extracomment>%n is the number of people in the pilot group being checked</extracomment>
        <translation>
            <numerusform>%n Person wird geprüft (nur lesend)…</numerusform>
            <numerusform>%n Personen werden geprüft (nur lesend)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <extracomment>%1 is the number of people checked so far, %2 the total number of people</extracomment>
        <translation>%1 von %2 geprüft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to fix: every person is as expected.</source>
        <translation>Nichts zu beheben: Alle Personen sind wie erwartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention: select one for what it means and what to do.</source>
        <extracomment>%n is the number of failed checks</extracomment>
        <translation>
            <numerusform>%n Prüfung erfordert Aufmerksamkeit: Wählen Sie sie aus, um zu sehen, was sie bedeutet und was zu tun ist.</numerusform>
            <numerusform>%n Prüfungen erfordern Aufmerksamkeit: Wählen Sie eine aus, um zu sehen, was sie bedeutet und was zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot group check is still running; it only reads, so stopping it changes nothing.</source>
        <translation>Die Prüfung der Pilotgruppe läuft noch; sie liest nur, ein Abbruch ändert also nichts.</translation>
    </message>
    <message numerus="yes">
        <source>No failures; %n warning(s) to look at before you go on.</source>
        <extracomment>%n is the number of warnings</extracomment>
        <translation>
            <numerusform>Nichts fehlgeschlagen; sehen Sie sich vor dem Fortfahren %n Warnung an.</numerusform>
            <numerusform>Nichts fehlgeschlagen; sehen Sie sich vor dem Fortfahren %n Warnungen an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PilotPage</name>
    <message>
        <source>Pilot: one test user&apos;s whole life</source>
        <translation>Pilot: das ganze Leben eines Testbenutzers</translation>
    </message>
    <message>
        <source>Exactly the requests your identity provider will send, before you switch it on.</source>
        <translation>Genau die Anfragen, die Ihr Identitätsanbieter senden wird – bevor Sie ihn einschalten.</translation>
    </message>
    <message>
        <source>The console creates a synthetic test user, changes it, adds it to and removes it from the group, deactivates and deletes it — then removes everything it created, whatever happens.</source>
        <translation>Die Konsole legt einen synthetischen Testbenutzer an, ändert ihn, fügt ihn der Gruppe hinzu und entfernt ihn wieder, deaktiviert und löscht ihn – und entfernt anschließend in jedem Fall alles, was sie angelegt hat.</translation>
    </message>
    <message>
        <source>Cancelling; cleaning up what the pilot created…</source>
        <translation>Wird abgebrochen; was der Pilot angelegt hat, wird bereinigt…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Cleaning up what the pilot created…</source>
        <translation>Was der Pilot angelegt hat, wird bereinigt…</translation>
    </message>
    <message>
        <source>Cleanup finished: nothing was left behind.</source>
        <translation>Bereinigung abgeschlossen: Es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>The pilot passed.</source>
        <translation>Pilot bestanden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Some steps failed: select one for what it means and what to do.</source>
        <translation>Einige Schritte sind fehlgeschlagen: Wählen Sie einen aus, um zu sehen, was er bedeutet und was zu tun ist.</translation>
    </message>
    <message>
        <source>The pilot is writing its test user on %1. Stop it now and the console cleans up what it created before closing.</source>
        <extracomment>%1 is the host name of the service&apos;s SCIM endpoint</extracomment>
        <translation>Der Pilot schreibt gerade seinen Testbenutzer auf %1. Wenn Sie ihn jetzt anhalten, bereinigt die Konsole vor dem Schließen, was er angelegt hat.</translation>
    </message>
    <message>
        <source>this creates, changes and deletes a test user (and a group membership) on %1.</source>
        <extracomment>%1 is the host name of the SCIM endpoint; follows the check box &quot;I understand:&quot;, hence lower case</extracomment>
        <translation>Dabei wird auf %1 ein Testbenutzer (samt einer Gruppenmitgliedschaft) angelegt, geändert und gelöscht.</translation>
    </message>
    <message>
        <source>Left behind: %1. Run the cleanup again from the start page, or with: scim-console cleanup.</source>
        <translation>Zurückgeblieben: %1. Führen Sie die Bereinigung erneut über die Startseite aus oder mit: scim-console cleanup.</translation>
    </message>
</context>
<context>
    <name>app::ProfileEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>%1 is the name of the profile being edited</extracomment>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change the connection details; the secret stays in your keychain (use Rotate to replace it). A new authentication mode needs the secret of that mode.</source>
        <translation>Ändern Sie die Verbindungsdetails; das Geheimnis bleibt in Ihrem Schlüsselbund (zum Ersetzen verwenden Sie „Token erneuern“). Ein neuer Authentifizierungsmodus braucht das Geheimnis dieses Modus.</translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund Ihres Systems gespeichert…</translation>
    </message>
</context>
<context>
    <name>app::ProfileFieldsForm</name>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>User name (userName)</source>
        <translation>Benutzername (userName)</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Ich bin nicht sicher</translation>
    </message>
    <message>
        <source>&amp;Group at %1:</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>&amp;Gruppe bei %1:</translation>
    </message>
    <message>
        <source>The group %1 created for you, from the message you received — not the group you assign to the app in your identity provider.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud; &quot;group&quot; here is the group at the service provider</extracomment>
        <translation>Die Gruppe, die %1 für Sie angelegt hat, laut der Nachricht, die Sie erhalten haben – nicht die Gruppe, die Sie der App in Ihrem Identitätsanbieter zuweisen.</translation>
    </message>
    <message>
        <source>I checked the endpoint host against the message I received</source>
        <translation>Ich habe den Host des Endpunkts mit der erhaltenen Nachricht abgeglichen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate</source>
        <translation>CA-Zertifikat Ihrer Organisation</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts; I checked it against the message I received.</source>
        <extracomment>%1 is a host name, %2 the service provider</extracomment>
        <translation>%1 gehört nicht zu den üblichen Hosts von %2; ich habe ihn mit der erhaltenen Nachricht abgeglichen.</translation>
    </message>
    <message>
        <source>Bearer token (Secret Token)</source>
        <translation>Bearer-Token (Geheimes Token)</translation>
    </message>
    <message>
        <source>HTTP header token (Okta)</source>
        <translation>HTTP-Header-Token (Okta)</translation>
    </message>
    <message>
        <source>Basic: username and password (Okta)</source>
        <translation>Basic: Benutzername und Passwort (Okta)</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials (Entra ID)</source>
        <translation>OAuth-2.0-Clientanmeldeinformationen (Entra ID)</translation>
    </message>
    <message>
        <source>Automatic (HTTP Basic, then form fields)</source>
        <translation>Automatisch (HTTP Basic, dann Formularfelder)</translation>
    </message>
    <message>
        <source>HTTP Basic header</source>
        <translation>HTTP-Basic-Header</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>Geheimes &amp;Token:</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Geheimes Token</translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Basic authentication password</source>
        <translation>Passwort für die Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Reveal the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Geheimer Clien&amp;tschlüssel:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Geheimer OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>Reveal the client secret</source>
        <translation>Geheimen Clientschlüssel anzeigen</translation>
    </message>
    <message>
        <source>%1 cannot sign in this way: it offers %2. Choose the mode the service provider gave you details for.</source>
        <extracomment>%1 is the identity provider, e.g. Microsoft Entra ID; %2 the modes it offers</extracomment>
        <translation>%1 kann sich so nicht anmelden, sondern nur mit %2. Wählen Sie den Modus, für den Ihnen der Dienstanbieter Angaben geschickt hat.</translation>
    </message>
    <message>
        <source>a bearer token or OAuth 2.0 client credentials</source>
        <translation>einem Bearer-Token oder OAuth-2.0-Clientanmeldeinformationen</translation>
    </message>
    <message>
        <source>a token (bearer or HTTP header) or Basic authentication</source>
        <translation>einem Token (Bearer oder HTTP-Header) oder Basic-Authentifizierung</translation>
    </message>
</context>
<context>
    <name>app::ProfilesPage</name>
    <message>
        <source>Stored profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Remove this profile and delete its token from the keychain?</source>
        <translation>Dieses Profil entfernen und sein Token aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>No profiles yet. Go back and choose “I have received my endpoint and token”.</source>
        <translation>Noch keine Profile. Gehen Sie zurück und wählen Sie „Ich habe Endpunkt und Token erhalten“.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Storing the new token…</source>
        <translation>Das neue Token wird gespeichert…</translation>
    </message>
    <message>
        <source>New token stored. Paste the same token into %1 now, then verify the profile again.</source>
        <translation>Neues Token gespeichert. Fügen Sie jetzt dasselbe Token in %1 ein und prüfen Sie das Profil dann erneut.</translation>
    </message>
    <message>
        <source>Removed “%1” and its token.</source>
        <translation>„%1“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Kept “%1”: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Choose one to verify, pilot and go live with — or change its details or token.</source>
        <translation>Wählen Sie eines, um es zu prüfen, den Pilot auszuführen und live zu gehen – oder ändern Sie seine Details oder sein Token.</translation>
    </message>
    <message>
        <source>Sandbox demo (in memory)</source>
        <translation>Sandbox-Demo (im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>The embedded sandbox on this computer: %1. Nothing is stored.</source>
        <extracomment>%1 is the URL of the embedded sandbox SCIM endpoint</extracomment>
        <translation>Die eingebaute Sandbox auf diesem Computer: %1. Nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved “%1”. Verify it again to check the new details.</source>
        <extracomment>%1 is the name of the profile</extracomment>
        <translation>„%1“ gespeichert. Prüfen Sie es erneut, um die neuen Details zu testen.</translation>
    </message>
    <message>
        <source>%1 · %2
Signs in with: %3
Secret stored: %4 (last changed %5)
Last verify: %6
Last pilot: %7</source>
        <extracomment>%1 is the identity provider, %2 the endpoint, %3 how it authenticates (e.g. &quot;Basic, user ann&quot;)</extracomment>
        <translation>%1 · %2
Anmeldung mit: %3
Geheimnis gespeichert: %4 (zuletzt geändert am %5)
Letzte Prüfung: %6
Letzter Pilot: %7</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>einem Bearer-Token</translation>
    </message>
    <message>
        <source>an HTTP header token</source>
        <translation>einem HTTP-Header-Token</translation>
    </message>
    <message>
        <source>Basic authentication, user %1</source>
        <extracomment>%1 is the username</extracomment>
        <translation>Basic-Authentifizierung, Benutzer %1</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials, client %1 at %2</source>
        <extracomment>%1 is the OAuth client id, %2 the token endpoint URL</extracomment>
        <translation>OAuth-2.0-Clientanmeldeinformationen, Client %1 bei %2</translation>
    </message>
</context>
<context>
    <name>app::ResultsModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1: %2 (%L3 ms)</source>
        <extracomment>a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %L3 its time in milliseconds</extracomment>
        <translation>%1: %2 (%L3 ms)</translation>
    </message>
    <message>
        <source>%1: %2 [%3] (%L4 ms)</source>
        <extracomment>a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %3 the pilot user it was for, %L4 its time in milliseconds</extracomment>
        <translation>%1: %2 [%3] (%L4 ms)</translation>
    </message>
</context>
<context>
    <name>app::ResultsView</name>
    <message>
        <source>Only fa&amp;ilures and warnings</source>
        <translation>Nur &amp;Fehler und Warnungen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Export the run as a report</source>
        <translation>Lauf als Bericht exportieren</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>HTTP exchanges of the step</source>
        <translation>HTTP-Austausch des Schritts</translation>
    </message>
    <message>
        <source>A curl command for a POSIX shell; it reads the token from $SCIM_CONSOLE_TOKEN.</source>
        <translation>Ein curl-Befehl für eine POSIX-Shell; er liest das Token aus $SCIM_CONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>A&amp;nfrage</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Schri&amp;tte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Z&amp;eitachse</translation>
    </message>
    <message>
        <source>Select a step to see what it checked, what it found and what to do.</source>
        <translation>Wählen Sie einen Schritt aus, um zu sehen, was er geprüft und gefunden hat und was zu tun ist.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is a short error kind such as timeout, refused, dns or tls</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <extracomment>%1 is the HTTP method, %2 the request URL, %3 the HTTP status or &quot;no answer…&quot;, %4 milliseconds</extracomment>
        <translation>%1 %2 → %3 · %4 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No answer: %1 %2</source>
        <extracomment>%1 is a short error kind such as timeout or tls, %2 the error&apos;s details</extracomment>
        <translation>Keine Antwort: %1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Copied. The command reads the token from $SCIM_CONSOLE_TOKEN; set it in your shell first — the token is not in the command.</source>
        <translation>Kopiert. Der Befehl liest das Token aus $SCIM_CONSOLE_TOKEN; setzen Sie die Variable zuerst in Ihrer Shell – das Token steht nicht im Befehl.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is the path of the report file</extracomment>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON result (*.json)</source>
        <translation>JSON-Ergebnis (*.json)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>Show only failed steps and warnings</source>
        <translation>Nur fehlgeschlagene Schritte und Warnungen anzeigen</translation>
    </message>
    <message>
        <source>The request of the selected exchange</source>
        <translation>Die Anfrage des ausgewählten Austauschs</translation>
    </message>
    <message>
        <source>The response of the selected exchange</source>
        <translation>Die Antwort des ausgewählten Austauschs</translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command</source>
        <translation>Ausgewählten Austausch als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <extracomment>%1 is the path of the report file</extracomment>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3, %4 ms</source>
        <extracomment>%1 is the outcome, e.g. &quot;Verify passed&quot;, %2 the endpoint URL, %3 counts of results, %4 milliseconds</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 – %3, %4 ms</translation>
    </message>
    <message>
        <source>The steps of the run, or its requests on a timeline</source>
        <translation>Die Schritte des Laufs oder seine Anfragen auf einer Zeitachse</translation>
    </message>
    <message>
        <source>The request or the response of the selected exchange</source>
        <translation>Die Anfrage oder die Antwort des ausgewählten Austauschs</translation>
    </message>
    <message>
        <source>Request timeline</source>
        <translation>Zeitachse der Anfragen</translation>
    </message>
</context>
<context>
    <name>app::ResultsWindow</name>
    <message>
        <source>Run results</source>
        <translation>Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>&amp;Earlier runs (the last %1 are kept):</source>
        <translation>Frühere &amp;Läufe (die letzten %1 werden aufbewahrt):</translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation>Frühere Läufe dieses Profils</translation>
    </message>
    <message>
        <source>&amp;Delete this run</source>
        <translation>&amp;Diesen Lauf löschen</translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation>Noch keine Läufe aufbewahrt.</translation>
    </message>
    <message>
        <source>Could not delete that run.</source>
        <translation>Dieser Lauf konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a kept run: when, then what it was and how it ended (&quot;Pilot passed&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>app::ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <source>Send this to %1 at %2.</source>
        <extracomment>%1 is the service provider&apos;s support team name, %2 its email address</extracomment>
        <translation>Senden Sie dies an %1 unter %2.</translation>
    </message>
    <message>
        <source>Opened in your mail app. Send it from there.</source>
        <translation>In Ihrer Mail-App geöffnet. Senden Sie die Nachricht von dort.</translation>
    </message>
    <message>
        <source>No mail app answered. Copy the request and paste it into a new email.</source>
        <translation>Keine Mail-App hat reagiert. Kopieren Sie die Anfrage und fügen Sie sie in eine neue E-Mail ein.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a new email.</source>
        <translation>Kopiert. Fügen Sie den Text in eine neue E-Mail ein.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>scim-request.txt</source>
        <translation>scim-request.txt</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>app::RunPage</name>
    <message>
        <source>A check is running.</source>
        <translation>Eine Prüfung läuft.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>app::RunTarget</name>
    <message>
        <source>Choose a stored profile first.</source>
        <translation>Wählen Sie zuerst ein gespeichertes Profil.</translation>
    </message>
</context>
<context>
    <name>app::SetupWizard</name>
    <message>
        <source>SCIM Setup Console (demo)</source>
        <translation>SCIM Setup Console (Demo)</translation>
    </message>
    <message>
        <source>SCIM Setup Console</source>
        <translation>SCIM Setup Console</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>Sta&amp;rtseite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;&lt;br&gt;Everything here runs against the embedded sandbox tenant on this computer. Nothing is sent anywhere and nothing is stored.</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt;&lt;br&gt;Alles hier läuft gegen den eingebauten Sandbox-Mandanten auf diesem Computer. Nichts wird irgendwohin gesendet und nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>app::StartPage</name>
    <message>
        <source>Welcome to SCIM Setup Console</source>
        <translation>Willkommen bei SCIM Setup Console</translation>
    </message>
    <message>
        <source>Safe SCIM provisioning from Microsoft Entra ID or Okta.</source>
        <translation>Sichere SCIM-Bereitstellung aus Microsoft Entra ID oder Okta.</translation>
    </message>
</context>
<context>
    <name>app::TenantPage</name>
    <message>
        <source>Your %1 tenant</source>
        <extracomment>%1 is the service provider, e.g. SureCloud; &quot;tenant&quot; is your organisation&apos;s account there</extracomment>
        <translation>Ihr Mandant bei %1</translation>
    </message>
    <message>
        <source>The tenant SCIM should provision users into.</source>
        <translation>Der Mandant, in den SCIM Benutzer bereitstellen soll.</translation>
    </message>
    <message>
        <source>Use the names exactly as %1 knows them.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Verwenden Sie die Namen genau so, wie %1 sie kennt.</translation>
    </message>
    <message>
        <source>Tenant &amp;location (if relevant):</source>
        <translation>S&amp;tandort des Mandanten (falls relevant):</translation>
    </message>
</context>
<context>
    <name>app::ThroughputChart</name>
    <message>
        <source>Latency and request rate chart</source>
        <translation>Diagramm von Latenz und Anfragerate</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers by latency: %1</source>
        <extracomment>%1 lists the buckets (&quot;≤ 10 ms: 4, ≤ 25 ms: 120, …&quot;)</extracomment>
        <translation>Antworten nach Latenz: %1</translation>
    </message>
    <message>
        <source>Answers in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation>Antworten pro Sekunde: %1</translation>
    </message>
    <message>
        <source>Requests sent in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation>Gesendete Anfragen pro Sekunde: %1</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>milliseconds, at most</source>
        <translation>Millisekunden, höchstens</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Rate over time</source>
        <translation>Rate im Zeitverlauf</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>app::TimelineWidget</name>
    <message>
        <source>Request timeline</source>
        <translation>Zeitachse der Anfragen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a time in milliseconds on the timeline axis</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No requests in this run.</source>
        <translation>Keine Anfragen in diesem Lauf.</translation>
    </message>
    <message>
        <source>%1
started at %L2 ms, took %L3 ms (a retry)</source>
        <translation>%1
begonnen bei %L2 ms, Dauer %L3 ms (eine Wiederholung)</translation>
    </message>
    <message>
        <source>%1
started at %L2 ms, took %L3 ms</source>
        <translation>%1
begonnen bei %L2 ms, Dauer %L3 ms</translation>
    </message>
</context>
<context>
    <name>app::VerifyPage</name>
    <message>
        <source>Verify the endpoint and token</source>
        <translation>Endpunkt und Token prüfen</translation>
    </message>
    <message>
        <source>Before your identity provider is touched.</source>
        <translation>Bevor Ihr Identitätsanbieter angefasst wird.</translation>
    </message>
    <message>
        <source>The console checks the URL, the connection and its certificate, that the token works and a wrong one is refused, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation>Die Konsole prüft die URL, die Verbindung und ihr Zertifikat, ob das Token funktioniert und ein falsches abgelehnt wird und ob die eigenen Verbindungstests von Entra ID und Okta bestehen werden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>All checks passed. Continue with the pilot.</source>
        <translation>Alle Prüfungen bestanden. Fahren Sie mit dem Pilot fort.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Some checks failed: select one for what to do, then check again.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Wählen Sie eine aus, um zu sehen, was zu tun ist, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The verification is still running; it only reads, so stopping it changes nothing.</source>
        <translation>Die Prüfung läuft noch; sie liest nur, ein Abbruch ändert also nichts.</translation>
    </message>
</context>
<context>
    <name>app::WelcomePage</name>
    <message>
        <source>Prepare your SCIM request</source>
        <translation>SCIM-Anfrage vorbereiten</translation>
    </message>
    <message>
        <source>About ten minutes now, then a reply from %1.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Jetzt etwa zehn Minuten, dann eine Antwort von %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What SCIM does.&lt;/b&gt; Your identity provider creates, updates and deactivates %1 accounts for you, and keeps group membership in step — joiners, movers and leavers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do.&lt;/b&gt; SCIM does not sign anyone in: single sign-on (SSO) does that. You will usually use both.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you will need.&lt;/b&gt; Your tenant&apos;s name and subdomain (the first part of its web address), its location if you have more than one, and the person who should receive the endpoint URL and secret token.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens then.&lt;/b&gt; You send the request from your own mailbox; %1 enables SCIM and sends the details to your named contact. Come back here with them to store and test them.&lt;/p&gt;</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Was SCIM tut.&lt;/b&gt; Ihr Identitätsanbieter legt %1-Konten für Sie an, aktualisiert und deaktiviert sie und hält Gruppenmitgliedschaften auf dem aktuellen Stand – bei Eintritt, Wechsel und Austritt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was SCIM nicht tut.&lt;/b&gt; SCIM meldet niemanden an: Das übernimmt Single Sign-On (SSO). In der Regel verwenden Sie beides.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was Sie brauchen.&lt;/b&gt; Name und Subdomäne Ihres Mandanten (der erste Teil seiner Webadresse), seinen Standort, falls Sie mehrere haben, und die Person, die die Endpunkt-URL und das geheime Token erhalten soll.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wie es dann weitergeht.&lt;/b&gt; Sie senden die Anfrage aus Ihrem eigenen Postfach; %1 aktiviert SCIM und sendet die Angaben an Ihre benannte Kontaktperson. Kommen Sie damit hierher zurück, um sie zu speichern und zu testen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::WizardFlow</name>
    <message>
        <source>Stop and close?</source>
        <translation>Anhalten und schließen?</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Close without keeping what you entered?</source>
        <translation>Schließen, ohne Ihre Eingaben zu behalten?</translation>
    </message>
    <message>
        <source>What you typed on this page has not been saved yet.</source>
        <translation>Was Sie auf dieser Seite eingegeben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Verwerfen und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>A pilot run against %1 (started %2) did not finish cleaning up; its test users may still be there. Clean up before anything else.</source>
        <translation>Ein Pilotlauf gegen %1 (gestartet am %2) hat seine Bereinigung nicht abgeschlossen; seine Testbenutzer sind möglicherweise noch vorhanden. Bereinigen Sie zuerst, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <source>No stored profile has that endpoint; run: scim-console cleanup --endpoint %1</source>
        <extracomment>%1 is the endpoint URL; keep the command text unchanged</extracomment>
        <translation>Kein gespeichertes Profil hat diesen Endpunkt; führen Sie aus: scim-console cleanup --endpoint %1</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Cleaned up: nothing the pilot created is left.</source>
        <translation>Bereinigt: Von dem, was der Pilot angelegt hat, ist nichts übrig.</translation>
    </message>
    <message>
        <source>Still left behind: %1. Try again later, or with scim-console cleanup.</source>
        <translation>Noch zurückgeblieben: %1. Versuchen Sie es später erneut oder mit scim-console cleanup.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 [--demo] | COMMAND [options]

Without a command, opens the setup wizard.

</source>
        <extracomment>%1 is the program name (scim-console); keep the option and word COMMAND as they are</extracomment>
        <translation>Aufruf: %1 [--demo] | COMMAND [Optionen]

Ohne Befehl öffnet sich der Einrichtungsassistent.

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>  --demo       open the wizard against the embedded sandbox
</source>
        <translation>  --demo       den Assistenten mit der eingebauten Sandbox öffnen
</translation>
    </message>
    <message>
        <source>  --help       show this help
</source>
        <translation>  --help       diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>  --version    show the version
</source>
        <translation>  --version    die Version anzeigen
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <extracomment>%1 is the program name (scim-console); keep COMMAND and --help as they are</extracomment>
        <translation>
»%1 COMMAND --help« zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>There is no display to open the setup wizard on.
To try everything without a window, run:  %1 demo
For all commands, run:  %1 --help
</source>
        <extracomment>%1 is the program name (scim-console); keep &quot;demo&quot; and &quot;--help&quot; as they are</extracomment>
        <translation>Es gibt keine Anzeige, auf der sich der Einrichtungsassistent öffnen ließe.
Um alles ohne Fenster auszuprobieren:  %1 demo
Alle Befehle:  %1 --help
</translation>
    </message>
    <message>
        <source>%1
Run &apos;%2 --help&apos; for usage.
</source>
        <extracomment>%1 is the command-line parser&apos;s error message, %2 the program name (scim-console)</extracomment>
        <translation>%1
Aufruf siehe »%2 --help«.
</translation>
    </message>
    <message>
        <source>Options must follow the command: %1
</source>
        <extracomment>%1 is the options given before the command</extracomment>
        <translation>Optionen müssen nach dem Befehl stehen: %1
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.
</source>
        <extracomment>%1 is the unknown command name that was given, %2 the program name (scim-console)</extracomment>
        <translation>Unbekannter Befehl »%1«. »%2 --help« listet alle Befehle.
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <extracomment>%1 is the extra command-line argument that was given</extracomment>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>A token never goes on the command line: use SCIM_CONSOLE_TOKEN or --token-stdin.</source>
        <translation>Ein Token gehört nie auf die Befehlszeile: Verwenden Sie SCIM_CONSOLE_TOKEN oder --token-stdin.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Usage: %1 %2
Run “%1 %3 --help” for the options.
</source>
        <extracomment>%1 is the program name (scim-console), %2 the command&apos;s usage line, %3 the command&apos;s name</extracomment>
        <translation>Aufruf: %1 %2
„%1 %3 --help“ zeigt die Optionen.
</translation>
    </message>
</context>
<context>
    <name>cli::AuthOptions</name>
    <message>
        <source>How to authenticate: bearer (default), header, basic or oauth-client-credentials.</source>
        <translation>Art der Authentifizierung: bearer (Standard), header, basic oder oauth-client-credentials.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>basic: the username; the password comes from SCIM_CONSOLE_PASSWORD or standard input.</source>
        <translation>basic: der Benutzername; das Passwort kommt aus SCIM_CONSOLE_PASSWORD oder der Standardeingabe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the token endpoint URL.</source>
        <translation>oauth-client-credentials: die URL des Tokenendpunkts.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the client id; the client secret comes from SCIM_CONSOLE_CLIENT_SECRET or standard input.</source>
        <translation>oauth-client-credentials: die Client-ID; der geheime Clientschlüssel kommt aus SCIM_CONSOLE_CLIENT_SECRET oder der Standardeingabe.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the scope to ask for (optional).</source>
        <translation>oauth-client-credentials: der anzufordernde Bereich (Scope, optional).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>oauth-client-credentials: authenticate to the token endpoint with basic (an HTTP Basic header) or form (form fields); default: basic, then form.</source>
        <translation>oauth-client-credentials: am Tokenendpunkt mit basic (ein HTTP-Basic-Header) oder form (Formularfelder) authentifizieren; Standard: basic, dann form.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>--auth is one of %1, not “%2”.</source>
        <extracomment>%1 is a comma-separated list of authentication modes, %2 the value given to --auth</extracomment>
        <translation>--auth muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 does not apply to --auth %2.</source>
        <extracomment>%1 is a flag such as --client-id, %2 the authentication mode</extracomment>
        <translation>--%1 gilt nicht für --auth %2.</translation>
    </message>
    <message>
        <source>Password: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Kennwort: </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Geheimer Clientschlüssel: </translation>
    </message>
    <message>
        <source>Secret token: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Geheimes Token: </translation>
    </message>
</context>
<context>
    <name>cli::CleanupCommand</name>
    <message>
        <source>finish the cleanup of a pilot run that was interrupted</source>
        <translation>die Bereinigung eines unterbrochenen Pilotlaufs abschließen</translation>
    </message>
    <message>
        <source>Removes what an interrupted pilot run created, from its journal: the memberships it added and the users — only those carrying that run&apos;s marker.</source>
        <translation>Entfernt anhand seines Journals, was ein unterbrochener Pilotlauf angelegt hat: die hinzugefügten Mitgliedschaften und die Benutzer – nur solche mit der Markierung dieses Laufs.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation>Die Pilotbenutzer deaktiviert lassen, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>Nothing to clean up for %1.
</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Für %1 gibt es nichts zu bereinigen.
</translation>
    </message>
</context>
<context>
    <name>cli::DemoCommand</name>
    <message>
        <source>try everything against the embedded sandbox tenant, without a window</source>
        <translation>alles ohne Fenster mit dem eingebauten Sandbox-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation>Das JSON-Ergebnis auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Starts the embedded sandbox SCIM tenant on this computer and runs the console&apos;s checks against it. Nothing is sent anywhere and nothing is stored.</source>
        <translation>Startet den eingebauten SCIM-Sandbox-Mandanten auf diesem Computer und führt die Prüfungen der Konsole damit aus. Nichts wird irgendwohin gesendet und nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.
</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen.
</translation>
    </message>
    <message>
        <source>Demo: the embedded sandbox tenant is running at %1 with the group “SCIM Pilot”.
This is what `scim-console verify` shows for a healthy SCIM endpoint.

</source>
        <extracomment>%1 is the sandbox&apos;s local SCIM endpoint URL</extracomment>
        <translation>Demo: Der eingebaute Sandbox-Mandant läuft unter %1 mit der Gruppe „SCIM Pilot“.
So sieht `scim-console verify` bei einem fehlerfreien SCIM-Endpunkt aus.

</translation>
    </message>
    <message>
        <source>
Try it against your own endpoint: scim-console verify --endpoint URL --token-stdin
Or open the wizard on a desktop: scim-console --demo
</source>
        <translation>
Probieren Sie es mit Ihrem eigenen Endpunkt: scim-console verify --endpoint URL --token-stdin
Oder öffnen Sie den Assistenten auf einem Desktop: scim-console --demo
</translation>
    </message>
    <message>
        <source>
Now the pilot: one synthetic user&apos;s whole life, sent exactly as Microsoft Entra ID sends it, then cleaned up.

</source>
        <translation>
Nun der Pilot: das ganze Leben eines synthetischen Benutzers, genau so gesendet, wie Microsoft Entra ID es sendet, danach bereinigt.

</translation>
    </message>
</context>
<context>
    <name>cli::GroupCommand</name>
    <message>
        <source>predict the IdP&apos;s first sync for the pilot group in a CSV file (read-only)</source>
        <translation>die erste Synchronisierung des IdP für die Pilotgruppe aus einer CSV-Datei vorhersagen (nur lesend)</translation>
    </message>
    <message>
        <source>after the IdP&apos;s first cycle, check each person of the CSV file arrived (read-only)</source>
        <translation>nach dem ersten Zyklus des IdP prüfen, ob jede Person der CSV-Datei angekommen ist (nur lesend)</translation>
    </message>
    <message>
        <source>For each person in the file: would the IdP create a new account, link to an existing one, or collide with one that differs in case, email or externalId? Sends the IdP&apos;s own matching request and never writes.</source>
        <translation>Für jede Person in der Datei: Würde der IdP ein neues Konto anlegen, ein vorhandenes verknüpfen oder mit einem kollidieren, das sich in Groß-/Kleinschreibung, E-Mail oder externalId unterscheidet? Sendet die Abgleichsanfrage des IdP selbst und schreibt nie.</translation>
    </message>
    <message>
        <source>For each person in the file: did the account arrive, is it active, are its attributes as in the file, is it in the group — and who is in the group but not in the file. Never writes.</source>
        <translation>Für jede Person in der Datei: Ist das Konto angekommen, ist es aktiv, entsprechen seine Attribute der Datei, ist es in der Gruppe – und wer ist in der Gruppe, aber nicht in der Datei. Schreibt nie.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The pilot group as CSV: a header row with userName (Entra ID and Okta user exports work too), at most %1 people.</source>
        <extracomment>%1 is the maximum number of people in the CSV file</extracomment>
        <translation>Die Pilotgruppe als CSV: eine Kopfzeile mit userName (Benutzerexporte aus Entra ID und Okta funktionieren auch), höchstens %1 Personen.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Whose matching request to send: entra or okta (default: the profile&apos;s).</source>
        <translation>Wessen Abgleichsanfrage gesendet wird: entra oder okta (Standard: die des Profils).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName (default: the profile&apos;s).</source>
        <translation>Womit SSO Personen anmeldet: email oder userName (Standard: der Wert des Profils).</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>The pilot group&apos;s id.</source>
        <translation>Die ID der Pilotgruppe.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The pilot group&apos;s name.</source>
        <translation>Der Name der Pilotgruppe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--users FILE.csv is required: the people of the pilot group.
</source>
        <translation>--users FILE.csv ist erforderlich: die Personen der Pilotgruppe.
</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp ist entra oder okta, nicht „%1“.
</translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.
</source>
        <extracomment>%1 is the value given to --sso-attribute</extracomment>
        <translation>--sso-attribute ist email oder userName, nicht „%1“.
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Geben Sie entweder --group-id oder --group-name an, nicht beides.
</translation>
    </message>
    <message>
        <source>%1 cannot be used:
</source>
        <extracomment>%1 is the path of the CSV file</extracomment>
        <translation>%1 kann nicht verwendet werden:
</translation>
    </message>
    <message>
        <source>Nothing was sent.
</source>
        <translation>Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>Which group? Give --group-name or --group-id (or store one in the profile).
</source>
        <translation>Welche Gruppe? Geben Sie --group-name oder --group-id an (oder speichern Sie eine im Profil).
</translation>
    </message>
</context>
<context>
    <name>cli::MappingsCommand</name>
    <message>
        <source>show the attribute mapping a pilot replays (default, a profile&apos;s, or an imported one)</source>
        <translation>die Attributzuordnung anzeigen, die ein Pilot nachspielt (Standard, die eines Profils oder eine importierte)</translation>
    </message>
    <message>
        <source>Prints the attribute mapping the pilot sends, row by row, with the value its synthetic person sends for each. Nothing is sent to any service.</source>
        <translation>Gibt die Attributzuordnung, die der Pilot sendet, Zeile für Zeile aus, jeweils mit dem Wert, den seine synthetische Person sendet. An keinen Dienst wird etwas gesendet.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>entra or okta (default: the profile&apos;s IdP, else entra).</source>
        <translation>entra oder okta (Standard: der IdP des Profils, sonst entra).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>The profile whose mapping to show.</source>
        <translation>Das Profil, dessen Zuordnung angezeigt wird.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An Entra ID synchronization schema (Graph: GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema) or a mapping file.</source>
        <translation>Ein Synchronisierungsschema von Entra ID (Graph: GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema) oder eine Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Switch this row on (Okta). Repeatable.</source>
        <translation>Diese Zeile einschalten (Okta). Wiederholbar.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Switch this row off (Okta). Repeatable.</source>
        <translation>Diese Zeile ausschalten (Okta). Wiederholbar.</translation>
    </message>
    <message>
        <source>The attribute Okta finds users by (default: userName).</source>
        <translation>Das Attribut, über das Okta Benutzer findet (Standard: userName).</translation>
    </message>
    <message>
        <source>Remember the result for --profile&apos;s pilots.</source>
        <translation>Das Ergebnis für die Piloten von --profile speichern.</translation>
    </message>
    <message>
        <source>Forget --profile&apos;s mapping: back to the default.</source>
        <translation>Die Zuordnung von --profile verwerfen: zurück zum Standard.</translation>
    </message>
    <message>
        <source>Print the mapping as JSON.</source>
        <translation>Die Zuordnung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No profile is named “%1”; see “scim-console profile list”.
</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Kein Profil heißt „%1“; siehe „scim-console profile list“.
</translation>
    </message>
    <message>
        <source>--%1 needs --profile: the mapping is remembered for a profile.
</source>
        <extracomment>%1 is the option name, save or reset</extracomment>
        <translation>--%1 braucht --profile: Die Zuordnung wird für ein Profil gespeichert.
</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp ist entra oder okta, nicht „%1“.
</translation>
    </message>
    <message>
        <source>The mapping cannot be used: %1. Nothing was changed.
</source>
        <extracomment>%1 is why the mapping file cannot be used</extracomment>
        <translation>Die Zuordnung kann nicht verwendet werden: %1. Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>The mapping has no row for “%1”; see “scim-console mappings”.
</source>
        <extracomment>%1 is the SCIM target attribute given, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Die Zuordnung hat keine Zeile für „%1“; siehe „scim-console mappings“.
</translation>
    </message>
    <message>
        <source>%1 attribute mapping (%2)
</source>
        <extracomment>%1 is the identity provider, e.g. Okta, %2 where the mapping came from: default or profile</extracomment>
        <translation>Attributzuordnung für %1 (%2)
</translation>
    </message>
    <message>
        <source>(the manager&apos;s id)</source>
        <translation>(ID des Managers)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (Beispiel)</translation>
    </message>
    <message>
        <source> [off]</source>
        <translation> [aus]</translation>
    </message>
    <message>
        <source> [matching %1]</source>
        <extracomment>%1 is the row&apos;s matching precedence, a number from 1</extracomment>
        <translation> [Abgleich %1]</translation>
    </message>
    <message>
        <source> [on create]</source>
        <translation> [beim Erstellen]</translation>
    </message>
    <message>
        <source>Groups:
</source>
        <translation>Gruppen:
</translation>
    </message>
</context>
<context>
    <name>cli::PilotCommand</name>
    <message>
        <source>replay a synthetic user&apos;s life as Entra ID or Okta sends it, then clean up</source>
        <translation>das Leben eines synthetischen Benutzers so nachspielen, wie Entra ID oder Okta es sendet, dann bereinigen</translation>
    </message>
    <message>
        <source>Creates a synthetic pilot user, changes it, adds it to and removes it from the group, deactivates and deletes it — with exactly the requests your identity provider sends — and removes everything it created, whatever happens.</source>
        <translation>Legt einen synthetischen Pilotbenutzer an, ändert ihn, fügt ihn der Gruppe hinzu und entfernt ihn wieder, deaktiviert und löscht ihn – mit genau den Anfragen, die Ihr Identitätsanbieter sendet – und entfernt in jedem Fall alles, was dabei angelegt wurde.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>How the IdP talks (default: the profile&apos;s IdP):%1</source>
        <extracomment>%1 is a list of dialect names, each with a summary on its own line</extracomment>
        <translation>Wie der IdP kommuniziert (Standard: der IdP des Profils):%1</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <source>Test membership with the group with this id.</source>
        <translation>Die Mitgliedschaft in der Gruppe mit dieser ID testen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test membership with the group with this name.</source>
        <translation>Die Mitgliedschaft in der Gruppe mit diesem Namen testen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Domain of the synthetic userNames (default: the contact&apos;s, else example.com).</source>
        <translation>Domäne der synthetischen userNames (Standard: die der Kontaktperson, sonst example.com).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>How many synthetic users (1–50).</source>
        <translation>Wie viele synthetische Benutzer (1–50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many at once, like an IdP&apos;s burst (1–16).</source>
        <translation>Wie viele gleichzeitig, wie bei der Lastspitze eines IdP (1–16).</translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation>Die Pilotbenutzer deaktiviert lassen, statt sie zu löschen.</translation>
    </message>
    <message>
        <source>--dialect is one of %1, not “%2”.
</source>
        <extracomment>%1 is a comma-separated list of dialect names, %2 the value given to --dialect</extracomment>
        <translation>--dialect ist einer von %1, nicht „%2“.
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Geben Sie entweder --group-id oder --group-name an, nicht beides.
</translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1 to %2, not “%3”.
</source>
        <extracomment>%1 is an option name, %2 its maximum, %3 the value given</extracomment>
        <translation>--%1 ist eine ganze Zahl von 1 bis %2, nicht „%3“.
</translation>
    </message>
    <message>
        <source>--user-domain needs a domain such as example.com, not “%1”.
</source>
        <extracomment>%1 is the value given to --user-domain</extracomment>
        <translation>--user-domain braucht eine Domäne wie example.com, nicht „%1“.
</translation>
    </message>
    <message>
        <source>A previous pilot run against %1 did not finish its cleanup. Run “scim-console cleanup” with the same target first; nothing was sent.
</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Ein früherer Pilotlauf gegen %1 hat seine Bereinigung nicht abgeschlossen. Führen Sie zuerst „scim-console cleanup“ mit demselben Ziel aus; es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>Left behind: %1. Run “scim-console cleanup” with the same target to try again.
</source>
        <extracomment>%1 is a comma-separated list of test users and group memberships still on the service</extracomment>
        <translation>Zurückgeblieben: %1. Führen Sie „scim-console cleanup“ mit demselben Ziel aus, um es erneut zu versuchen.
</translation>
    </message>
    <message>
        <source>Pilot with this attribute mapping: an Entra ID synchronization schema or a mapping file (default: the profile&apos;s, else the IdP&apos;s default; see “scim-console mappings”).</source>
        <translation>Pilot mit dieser Attributzuordnung: ein Synchronisierungsschema von Entra ID oder eine Zuordnungsdatei (Standard: die des Profils, sonst die Standardzuordnung des IdP; siehe „scim-console mappings“).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--mappings: %1. Nothing was sent.
</source>
        <extracomment>%1 is why the mapping file cannot be used</extracomment>
        <translation>--mappings: %1. Es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>The profile&apos;s attribute mapping cannot be used: %1. Run “scim-console mappings --profile %2 --reset”, or import it again; nothing was sent.
</source>
        <extracomment>%1 is why the saved mapping cannot be used, %2 the profile&apos;s name</extracomment>
        <translation>Die Attributzuordnung des Profils kann nicht verwendet werden: %1. Führen Sie „scim-console mappings --profile %2 --reset“ aus oder importieren Sie sie erneut; es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>The attribute mapping is %1&apos;s, but the pilot plays %2; give a matching --dialect.
</source>
        <extracomment>%1 is the identity provider the mapping is for, %2 the one the pilot imitates, e.g. Okta</extracomment>
        <translation>Die Attributzuordnung stammt von %1, der Pilot spielt aber %2; geben Sie einen passenden --dialect an.
</translation>
    </message>
</context>
<context>
    <name>cli::ProfileCommand</name>
    <message>
        <source>add, list, rename, re-token or remove stored profiles</source>
        <translation>gespeicherte Profile hinzufügen, auflisten, umbenennen, mit neuem Token versehen oder entfernen</translation>
    </message>
    <message>
        <source>Unknown profile command “%1”.
</source>
        <extracomment>%1 is the unknown sub-command given</extracomment>
        <translation>Unbekannter Profilbefehl „%1“.
</translation>
    </message>
    <message>
        <source>The token says it expires on %1.
</source>
        <extracomment>%1 is the token&apos;s expiry date and time; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Laut Token läuft es am %1 ab.
</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: scim-console profile add NAME --endpoint URL
</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: scim-console profile add NAME --endpoint URL
</translation>
    </message>
    <message>
        <source>%1
  identity provider: %2
  endpoint: %3
  token stored: %4
  last verify: %5
  last pilot: %6
</source>
        <extracomment>%1 is the profile&apos;s name, %2 entra or okta, %3 the endpoint URL, %4 yes or no, %5/%6 last runs</extracomment>
        <translation>%1
  Identitätsanbieter: %2
  Endpunkt: %3
  Token gespeichert: %4
  Letzte Prüfung: %5
  Letzter Pilot: %6
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.
</source>
        <extracomment>%1 is the old profile name, %2 the new one</extracomment>
        <translation>„%1“ in „%2“ umbenannt.
</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Es gibt kein Profil namens „%1“.
</translation>
    </message>
    <message>
        <source>Stored the new token for “%1”.
Now paste the same token into %2 (the old one stops working), then check it with: scim-console verify --profile &quot;%1&quot;
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the identity provider, e.g. Okta; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Das neue Token für „%1“ wurde gespeichert.
Fügen Sie nun dasselbe Token in %2 ein (das alte funktioniert nicht mehr) und prüfen Sie es dann mit: scim-console verify --profile &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>The profile was kept because its token could not be removed from the keychain.
</source>
        <translation>Das Profil wurde beibehalten, weil sein Token nicht aus dem Schlüsselbund entfernt werden konnte.
</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its token.
</source>
        <extracomment>%1 is the profile&apos;s name; &quot;token&quot; is its stored SCIM secret</extracomment>
        <translation>Profil „%1“ und sein Token wurden entfernt.
</translation>
    </message>
    <message>
        <source>Usage:
  scim-console profile add NAME --endpoint URL [options]   (token on stdin)
  scim-console profile edit NAME [--endpoint URL] [options]
  scim-console profile list [--json]
  scim-console profile rename OLD NEW
  scim-console profile set-token NAME   (token on stdin)
  scim-console profile remove NAME
Run “scim-console profile add --help” (or edit, list, …) for the options.
</source>
        <translation>Aufruf:
  scim-console profile add NAME --endpoint URL [options]   (Token über stdin)
  scim-console profile edit NAME [--endpoint URL] [options]
  scim-console profile list [--json]
  scim-console profile rename OLD NEW
  scim-console profile set-token NAME   (Token über stdin)
  scim-console profile remove NAME
„scim-console profile add --help“ (oder edit, list, …) zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>Stores a new profile: the endpoint and its details in the settings, the token — read from standard input — in the system keychain.</source>
        <translation>Speichert ein neues Profil: den Endpunkt und seine Angaben in den Einstellungen, das Token – von der Standardeingabe gelesen – im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. Production.</source>
        <translation>Der Name des Profils, z. B. Produktion.</translation>
    </message>
    <message>
        <source>profile add NAME --endpoint URL [options]</source>
        <translation>profile add NAME --endpoint URL [options]</translation>
    </message>
    <message>
        <source>profile edit NAME [options]</source>
        <translation>profile edit NAME [options]</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --endpoint, --idp, --group-id, --group-name, --ca-file, --sso-attribute.
</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine der Optionen --endpoint, --idp, --group-id, --group-name, --ca-file, --sso-attribute an.
</translation>
    </message>
    <message>
        <source>Saved “%1”.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>„%1“ gespeichert.
</translation>
    </message>
    <message>
        <source>Lists the stored profiles; never a token.</source>
        <translation>Listet die gespeicherten Profile auf; nie ein Token.</translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>profile list [--json]</source>
        <translation>profile list [--json]</translation>
    </message>
    <message>
        <source>Renames a profile; its token stays where it is.</source>
        <translation>Benennt ein Profil um; sein Token bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>profile rename OLD NEW</source>
        <translation>profile rename OLD NEW</translation>
    </message>
    <message>
        <source>Replaces a profile&apos;s token with one read from standard input.</source>
        <translation>Ersetzt das Token eines Profils durch eines, das von der Standardeingabe gelesen wird.</translation>
    </message>
    <message>
        <source>profile set-token NAME</source>
        <translation>profile set-token NAME</translation>
    </message>
    <message>
        <source>Removes a profile: its token from the keychain first, then its details and its run history.</source>
        <translation>Entfernt ein Profil: zuerst sein Token aus dem Schlüsselbund, dann seine Angaben und seinen Laufverlauf.</translation>
    </message>
    <message>
        <source>profile remove NAME</source>
        <translation>profile remove NAME</translation>
    </message>
    <message>
        <source>Changes a stored profile&apos;s details; only the options given change. The secret stays in the keychain (profile set-token replaces it); a new --auth mode reads its own secret from its variable or standard input.</source>
        <translation>Ändert die Angaben eines gespeicherten Profils; nur die angegebenen Optionen ändern sich. Das Geheimnis bleibt im Schlüsselbund (profile set-token ersetzt es); ein neuer --auth-Modus liest sein eigenes Geheimnis aus seiner Variablen oder von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the password is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil „%1“ für %2 gespeichert; das Kennwort liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the client secret is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil „%1“ für %2 gespeichert; der geheime Clientschlüssel liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the secret token is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil „%1“ für %2 gespeichert; das geheime Token liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new password.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>„%1“ und sein neues Kennwort gespeichert.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new client secret.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>„%1“ und sein neuer geheimer Clientschlüssel gespeichert.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new secret token.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>„%1“ und sein neues geheimes Token gespeichert.
</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>how a profile&apos;s last run ended (&quot;Passed&quot;, &quot;Failed&quot;, …), then when, in the reader&apos;s format</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cli::ProfileOptions</name>
    <message>
        <source>The SCIM endpoint URL you received.</source>
        <translation>Die SCIM-Endpunkt-URL, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra or okta (default entra).</source>
        <translation>Der Identitätsanbieter, den Sie verbinden werden: entra oder okta (Standard: entra).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by id.</source>
        <translation>Die Gruppe des Dienstanbieters für den Pilot, per ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by name.</source>
        <translation>Die Gruppe des Dienstanbieters für den Pilot, per Name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (your organisation&apos;s TLS inspection CA); an empty value removes it.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (der CA für die TLS-Inspektion Ihrer Organisation); ein leerer Wert entfernt sie.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName.</source>
        <translation>Womit SSO Personen anmeldet: email oder userName.</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>Accept an endpoint host outside the service provider&apos;s usual ones (after checking it).</source>
        <translation>Einen Endpunkt-Host außerhalb der üblichen Hosts des Dienstanbieters akzeptieren (nachdem Sie ihn geprüft haben).</translation>
    </message>
    <message>
        <source>--endpoint URL is required: the SCIM endpoint URL you received.</source>
        <translation>--endpoint URL ist erforderlich: die SCIM-Endpunkt-URL, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts (%3). Check the URL against the message you received; if it is right, add --accept-host.</source>
        <extracomment>%1 is the endpoint&apos;s host name, %2 the service provider, %3 a list of its usual hosts</extracomment>
        <translation>%1 gehört nicht zu den üblichen Hosts von %2 (%3). Vergleichen Sie die URL mit der Nachricht, die Sie erhalten haben; wenn sie stimmt, fügen Sie --accept-host hinzu.</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp ist entra oder okta, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.</source>
        <translation>Geben Sie entweder --group-id oder --group-name an, nicht beides.</translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.</source>
        <extracomment>%1 is the value given to --sso-attribute</extracomment>
        <translation>--sso-attribute ist email oder userName, nicht „%1“.</translation>
    </message>
    <message>
        <source>Note: %1 lists %3 as its authentication, not %2; check the message you received.</source>
        <extracomment>%1 is the vendor, %2 the mode given, %3 the modes the vendor lists</extracomment>
        <translation>Hinweis: %1 nennt %3 als Authentifizierung, nicht %2; prüfen Sie die Nachricht, die Sie erhalten haben.</translation>
    </message>
</context>
<context>
    <name>cli::RequestCommand</name>
    <message>
        <source>write the SCIM setup request for the service provider</source>
        <translation>die SCIM-Einrichtungsanfrage für den Dienstanbieter erstellen</translation>
    </message>
    <message>
        <source>Writes the SCIM setup request (tenant details and the named contact) as the service provider wants it.</source>
        <translation>Erstellt die SCIM-Einrichtungsanfrage (Mandantendaten und benannte Kontaktperson) so, wie der Dienstanbieter sie wünscht.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Read the request from a JSON file (- for standard input).</source>
        <translation>Die Anfrage aus einer JSON-Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the email: recipient, subject and body (default).</source>
        <translation>Die E-Mail ausgeben: Empfänger, Betreff und Text (Standard).</translation>
    </message>
    <message>
        <source>Write a mailto: link.</source>
        <translation>Einen mailto:-Link ausgeben.</translation>
    </message>
    <message>
        <source>Write the request as JSON.</source>
        <translation>Die Anfrage als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: scim-console request [--from FILE.json] [--text | --mailto | --json]
</source>
        <translation>Aufruf: scim-console request [--from FILE.json] [--text | --mailto | --json]
</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.
</source>
        <extracomment>%1 is the file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 ist kein JSON-Objekt: %2.
</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The %1 setup request. Press Enter to skip an optional question.
</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Die Einrichtungsanfrage für %1. Drücken Sie die Eingabetaste, um eine optionale Frage zu überspringen.
</translation>
    </message>
    <message>
        <source>Identity provider (entra or okta, optional): </source>
        <translation>Identitätsanbieter (entra oder okta, optional): </translation>
    </message>
    <message>
        <source>Tenant location, if relevant (e.g. %1): </source>
        <extracomment>%1 is a comma-separated list of tenant locations, e.g. EU, US</extracomment>
        <translation>Standort des Mandanten, falls relevant (z. B. %1): </translation>
    </message>
    <message>
        <source>Tenant name: </source>
        <translation>Mandantenname: </translation>
    </message>
    <message>
        <source>Tenant subdomain: </source>
        <translation>Subdomäne des Mandanten: </translation>
    </message>
    <message>
        <source>Named contact (receives the endpoint and token): </source>
        <translation>Benannte Kontaktperson (erhält Endpunkt und Token): </translation>
    </message>
    <message>
        <source>Named contact&apos;s email: </source>
        <translation>E-Mail der benannten Kontaktperson: </translation>
    </message>
    <message>
        <source>
Stopped before the request was complete; nothing was written.
</source>
        <translation>
Abgebrochen, bevor die Anfrage vollständig war; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>Give the request with --from FILE.json, or run this on a terminal to be asked for each field.
</source>
        <translation>Übergeben Sie die Anfrage mit --from FILE.json, oder führen Sie dies in einem Terminal aus, damit jedes Feld einzeln abgefragt wird.
</translation>
    </message>
    <message>
        <source>The request on standard input is larger than %1.</source>
        <extracomment>%1 is a size in bytes, e.g. &quot;64 KB&quot;</extracomment>
        <translation>Die Anfrage auf der Standardeingabe ist größer als %1.</translation>
    </message>
</context>
<context>
    <name>cli::RunOptions</name>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation>Das JSON-Ergebnis auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give each request this long (default 30000).</source>
        <translation>Jeder Anfrage so viel Zeit geben (Standard: 30000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--timeout-ms is a whole number of milliseconds from 1 to 600000, not “%1”.
</source>
        <extracomment>%1 is the value given to --timeout-ms</extracomment>
        <translation>--timeout-ms ist eine ganze Zahl an Millisekunden von 1 bis 600000, nicht „%1“.
</translation>
    </message>
    <message>
        <source>Also write the result to FILE: .html, .pdf, .json, or .xml (JUnit); readable by you only.</source>
        <translation>Das Ergebnis zusätzlich in FILE schreiben: .html, .pdf, .json oder .xml (JUnit); nur für Sie lesbar.</translation>
    </message>
</context>
<context>
    <name>cli::RunPrinter</name>
    <message>
        <source>    → %1
</source>
        <extracomment>%1 is a hint on what to do about the step&apos;s result</extracomment>
        <translation>    → %1
</translation>
    </message>
    <message>
        <source>(On the command line: --timeout-ms MS.)</source>
        <translation>(In der Befehlszeile: --timeout-ms MS.)</translation>
    </message>
    <message>
        <source>(On the command line: --ca-file PEM.)</source>
        <translation>(In der Befehlszeile: --ca-file PEM.)</translation>
    </message>
    <message>
        <source>(On the command line: --group-name NAME or --group-id ID.)</source>
        <translation>(In der Befehlszeile: --group-name NAME oder --group-id ID.)</translation>
    </message>
    <message numerus="yes">
        <source>
First sync for the file&apos;s %Ln people: %1
</source>
        <extracomment>%Ln is the number of people in the file, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>
Erste Synchronisierung für die %Ln Person der Datei: %1
</numerusform>
            <numerusform>
Erste Synchronisierung für die %Ln Personen der Datei: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>
%1: %2, in %L3 ms
</source>
        <extracomment>%1 &quot;Verify passed&quot; and the like, %2 the counts (&quot;14 passed, 1 warning&quot;), %L3 milliseconds</extracomment>
        <translation>
%1: %2, in %L3 ms
</translation>
    </message>
</context>
<context>
    <name>cli::SandboxCommand</name>
    <message>
        <source>run the embedded SCIM sandbox tenant on loopback</source>
        <translation>den eingebauten SCIM-Sandbox-Mandanten auf Loopback starten</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name of the seeded group.</source>
        <translation>Name der vorangelegten Gruppe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reject what RFC 7643/7644 reject.</source>
        <translation>Ablehnen, was RFC 7643/7644 ablehnen.</translation>
    </message>
    <message>
        <source>Serve https with --cert and --key.</source>
        <translation>https mit --cert und --key anbieten.</translation>
    </message>
    <message>
        <source>PEM certificate for --tls.</source>
        <translation>PEM-Zertifikat für --tls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PEM private key for --tls.</source>
        <translation>Privater PEM-Schlüssel für --tls.</translation>
    </message>
    <message>
        <source>Delay every answer.</source>
        <translation>Jede Antwort verzögern.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Never answer any request.</source>
        <translation>Auf keine Anfrage antworten.</translation>
    </message>
    <message>
        <source>Fault for the Nth matching request (repeatable): METHOD:PATH:N:ACTION, ACTION a status, drop, hang, or 429=SECONDS.</source>
        <translation>Fehler für die N-te passende Anfrage (wiederholbar): METHOD:PATH:N:ACTION, ACTION ein Status, drop, hang oder 429=SECONDS.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Answer every request with an HTML login page.</source>
        <translation>Jede Anfrage mit einer HTML-Anmeldeseite beantworten.</translation>
    </message>
    <message>
        <source>Answer application/json instead of application/scim+json.</source>
        <translation>application/json statt application/scim+json antworten.</translation>
    </message>
    <message>
        <source>Shift the Date header by SECONDS.</source>
        <translation>Den Date-Header um SECONDS verschieben.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Answer every request with 307 to URL.</source>
        <translation>Jede Anfrage mit 307 nach URL beantworten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Answer 404 when a filter matches nothing.</source>
        <translation>404 antworten, wenn ein Filter nichts findet.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.
</source>
        <extracomment>%1 is an option name, %2 the minimum, %3 the maximum, %4 the value given</extracomment>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.
</translation>
    </message>
    <message>
        <source>--tls needs --cert FILE and --key FILE (PEM).
</source>
        <translation>--tls braucht --cert FILE und --key FILE (PEM).
</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.
</source>
        <translation>Kein PEM-Zertifikat in %1.
</translation>
    </message>
    <message>
        <source>No PEM private key (RSA or EC) in %1.
</source>
        <translation>Kein privater PEM-Schlüssel (RSA oder EC) in %1.
</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.
</source>
        <extracomment>%1 is the port number</extracomment>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich.
</translation>
    </message>
    <message>
        <source>Accept any token, or none: an endpoint open to anyone.</source>
        <translation>Jedes Token oder keines akzeptieren: ein für jeden offener Endpunkt.</translation>
    </message>
    <message>
        <source>Echo the token back in every error detail and in a response header, as careless services do; the console masks it wherever it shows an answer.</source>
        <translation>Das Token in jedem Fehlerdetail und in einem Antwort-Header zurückgeben, wie es nachlässige Dienste tun; die Konsole maskiert es überall, wo sie eine Antwort anzeigt.</translation>
    </message>
    <message>
        <source>Compare userName case-sensitively in filters, as some services do.</source>
        <translation>userName in Filtern unter Beachtung der Groß-/Kleinschreibung vergleichen, wie es manche Dienste tun.</translation>
    </message>
    <message>
        <source>Accept but never store this User attribute (repeatable): a SCIM path such as title, name.formatted, addresses.locality, addresses[type eq &quot;work&quot;].locality or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department.</source>
        <translation>Dieses User-Attribut annehmen, aber nie speichern (wiederholbar): ein SCIM-Pfad wie title, name.formatted, addresses.locality, addresses[type eq &quot;work&quot;].locality oder urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Refuse with 400 invalidValue a User write that would store this attribute (repeatable); PATH as for --drop-attribute.</source>
        <translation>Einen User-Schreibvorgang, der dieses Attribut speichern würde, mit 400 invalidValue ablehnen (wiederholbar); PATH wie bei --drop-attribute.</translation>
    </message>
    <message>
        <source>Leave the attribute&apos;s name out of a --reject-attribute refusal, as some services do.</source>
        <translation>Den Namen des Attributs in einer Ablehnung durch --reject-attribute weglassen, wie es manche Dienste tun.</translation>
    </message>
    <message>
        <source>--%1 needs a SCIM attribute path such as title, name.formatted or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 braucht einen SCIM-Attributpfad wie title, name.formatted oder urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, nicht „%2“.
</translation>
    </message>
    <message>
        <source>Runs an in-memory SCIM 2.0 service provider on 127.0.0.1 until interrupted. Prints one JSON line with the endpoint, the authentication mode and its credentials, then one line per request.</source>
        <translation>Betreibt einen SCIM-2.0-Dienstanbieter im Arbeitsspeicher auf 127.0.0.1, bis er unterbrochen wird. Gibt eine JSON-Zeile mit dem Endpunkt, dem Authentifizierungsmodus und seinen Anmeldeinformationen aus, dann eine Zeile pro Anfrage.</translation>
    </message>
    <message>
        <source>How clients authenticate: %1. bearer sends “Bearer TOKEN”, header the token alone (Okta’s HTTP Header), basic a user name and password, oauth-client-credentials access tokens from the sandbox’s token endpoint.</source>
        <extracomment>%1 is a comma-separated list of authentication modes; keep the mode names as they are</extracomment>
        <translation>Wie sich Clients authentifizieren: %1. bearer sendet „Bearer TOKEN“, header nur das Token (HTTP Header von Okta), basic einen Benutzernamen und ein Passwort, oauth-client-credentials Zugriffstoken vom Tokenendpunkt der Sandbox.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens (1 to 86400).</source>
        <translation>Lebensdauer ausgestellter Zugriffstoken (1 bis 86400).</translation>
    </message>
    <message>
        <source>Issue signed JWT access tokens instead of opaque ones.</source>
        <translation>Signierte JWT-Zugriffstoken statt opaker ausstellen.</translation>
    </message>
    <message>
        <source>Answer every token request with this status and server_error.</source>
        <translation>Jede Tokenanfrage mit diesem Status und server_error beantworten.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay every token endpoint answer.</source>
        <translation>Jede Antwort des Tokenendpunkts verzögern.</translation>
    </message>
    <message>
        <source>Do not check the client secret, as a broken token endpoint would.</source>
        <translation>Den geheimen Clientschlüssel nicht prüfen, wie es ein defekter Tokenendpunkt täte.</translation>
    </message>
    <message>
        <source>Client authentication the token endpoint accepts: basic (HTTP Basic), form (client_id and client_secret in the body) or both.</source>
        <translation>Clientauthentifizierung, die der Tokenendpunkt akzeptiert: basic (HTTP Basic), form (client_id und client_secret im Inhalt) oder both.</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>WAY</translation>
    </message>
    <message>
        <source>Scopes a token request may ask for, comma-separated; any when not given.</source>
        <translation>Bereiche, die eine Tokenanfrage anfordern darf, durch Kommas getrennt; ohne Angabe beliebige.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Answer every token request with 307 to URL.</source>
        <translation>Jede Tokenanfrage mit 307 nach URL beantworten.</translation>
    </message>
    <message>
        <source>--%1 needs an absolute URL, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 braucht eine absolute URL, nicht „%2“.
</translation>
    </message>
    <message>
        <source>--auth must be one of %1, not “%2”.
</source>
        <extracomment>%1 is a comma-separated list of authentication modes, %2 the value given</extracomment>
        <translation>--auth muss einer von %1 sein, nicht „%2“.
</translation>
    </message>
    <message>
        <source>--%1 needs --auth oauth-client-credentials.
</source>
        <extracomment>%1 is an option name</extracomment>
        <translation>--%1 braucht --auth oauth-client-credentials.
</translation>
    </message>
    <message>
        <source>--oauth-client-auth must be basic, form or both, not “%1”.
</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--oauth-client-auth muss basic, form oder both sein, nicht „%1“.
</translation>
    </message>
    <message>
        <source>--oauth-scopes needs a comma-separated list of scopes.
</source>
        <translation>--oauth-scopes braucht eine durch Kommas getrennte Liste von Bereichen.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is a TLS 1.3 suite; --tls-ciphers chooses TLS 1.2 suites only, TLS 1.3 always offers OpenSSL’s defaults.
</source>
        <extracomment>%1 is the cipher suite name given</extracomment>
        <translation>--tls-ciphers: „%1“ ist eine TLS-1.3-Suite; --tls-ciphers wählt nur TLS-1.2-Suites, TLS 1.3 bietet immer die Standards von OpenSSL an.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” authenticates with a pre-shared key or SRP, not the sandbox’s certificate.
</source>
        <extracomment>%1 is the cipher suite name given</extracomment>
        <translation>--tls-ciphers: „%1“ authentifiziert mit einem Pre-Shared Key oder SRP, nicht mit dem Zertifikat der Sandbox.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is not a TLS 1.2 cipher suite this build supports; it supports these (`openssl ciphers -v NAME` describes each):
%2
</source>
        <extracomment>%1 is the cipher suite name given, %2 a space-separated list of supported suites</extracomment>
        <translation>--tls-ciphers: „%1“ ist keine TLS-1.2-Cipher-Suite, die dieser Build unterstützt; unterstützt werden diese (`openssl ciphers -v NAME` beschreibt jede):
%2
</translation>
    </message>
    <message>
        <source>--tls-ciphers needs a colon- or comma-separated list of OpenSSL cipher suite names.
</source>
        <translation>--tls-ciphers braucht eine durch Doppelpunkte oder Kommas getrennte Liste von OpenSSL-Cipher-Suite-Namen.
</translation>
    </message>
    <message>
        <source>Lowest TLS version --tls offers: 1.2 (default) or 1.3.</source>
        <translation>Niedrigste TLS-Version, die --tls anbietet: 1.2 (Standard) oder 1.3.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Highest TLS version --tls offers: 1.2 or 1.3 (default).</source>
        <translation>Höchste TLS-Version, die --tls anbietet: 1.2 oder 1.3 (Standard).</translation>
    </message>
    <message>
        <source>TLS 1.2 cipher suites --tls offers, OpenSSL names separated by colons or commas (e.g. ECDHE-ECDSA-AES128-GCM-SHA256); OpenSSL’s defaults when not given. TLS 1.3 suites stay OpenSSL’s defaults.</source>
        <translation>TLS-1.2-Cipher-Suites, die --tls anbietet, OpenSSL-Namen durch Doppelpunkte oder Kommas getrennt (z. B. ECDHE-ECDSA-AES128-GCM-SHA256); ohne Angabe die Standards von OpenSSL. Für TLS 1.3 gelten weiterhin die Standards von OpenSSL.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Answer 429 to SCIM requests beyond N in any one second (1 to 10000); refused requests do not count, and the token endpoint is not limited.</source>
        <translation>Mit 429 auf SCIM-Anfragen antworten, die in einer Sekunde über N hinausgehen (1 bis 10000); abgelehnte Anfragen zählen nicht, und der Tokenendpunkt ist nicht begrenzt.</translation>
    </message>
    <message>
        <source>Retry-After of --rate-limit’s 429s (0 to 86400; default 1), or none to send no Retry-After.</source>
        <translation>Retry-After der 429-Antworten von --rate-limit (0 bis 86400; Standard 1) oder none, um kein Retry-After zu senden.</translation>
    </message>
    <message>
        <source>SECONDS|none</source>
        <translation>SECONDS|none</translation>
    </message>
    <message>
        <source>--retry-after needs --rate-limit.
</source>
        <translation>--retry-after braucht --rate-limit.
</translation>
    </message>
    <message>
        <source>--retry-after must be a whole number from 0 to 86400 or none, not “%1”.
</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--retry-after muss eine ganze Zahl von 0 bis 86400 oder none sein, nicht „%1“.
</translation>
    </message>
    <message>
        <source>--%1 needs --tls.
</source>
        <extracomment>%1 is an option name</extracomment>
        <translation>--%1 braucht --tls.
</translation>
    </message>
    <message>
        <source>--%1 must be 1.2 or 1.3, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 muss 1.2 oder 1.3 sein, nicht „%2“.
</translation>
    </message>
    <message>
        <source>--tls-min-version %1 is above --tls-max-version %2.
</source>
        <extracomment>%1 is the minimum TLS version given, %2 the maximum, e.g. 1.3 and 1.2</extracomment>
        <translation>--tls-min-version %1 liegt über --tls-max-version %2.
</translation>
    </message>
</context>
<context>
    <name>cli::TargetOptions</name>
    <message>
        <source>Use the stored profile NAME.</source>
        <translation>Das gespeicherte Profil NAME verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>There is no profile named “%1”, and no profiles yet; add one with: scim-console profile add</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Es gibt kein Profil namens „%1“ und noch gar keine Profile; fügen Sie eines hinzu mit: scim-console profile add</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>Profile “%1” has no token stored. Set it with: scim-console profile set-token %1</source>
        <translation>Für Profil „%1“ ist kein Token gespeichert. Legen Sie es fest mit: scim-console profile set-token %1</translation>
    </message>
    <message>
        <source>Name the target with either --profile NAME or --endpoint URL.
</source>
        <translation>Geben Sie das Ziel entweder mit --profile NAME oder mit --endpoint URL an.
</translation>
    </message>
    <message>
        <source>The SCIM base URL; the secret comes from SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, SCIM_CONSOLE_CLIENT_SECRET) or --token-stdin.</source>
        <translation>Die SCIM-Basis-URL; das Geheimnis kommt aus SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, SCIM_CONSOLE_CLIENT_SECRET) oder von --token-stdin.</translation>
    </message>
    <message>
        <source>A profile keeps its own authentication; change it with: scim-console profile edit NAME --auth MODE …
</source>
        <translation>Ein Profil behält seine eigene Authentifizierung; ändern Sie sie mit: scim-console profile edit NAME --auth MODE …
</translation>
    </message>
    <message>
        <source>Read the secret (token, password or client secret) from standard input.</source>
        <translation>Das Geheimnis (Token, Passwort oder geheimer Clientschlüssel) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>With --endpoint, give the password in SCIM_CONSOLE_PASSWORD or with --secret-stdin — never on the command line.
</source>
        <translation>Geben Sie mit --endpoint das Kennwort in SCIM_CONSOLE_PASSWORD oder mit --secret-stdin an – nie auf der Befehlszeile.
</translation>
    </message>
    <message>
        <source>With --endpoint, give the client secret in SCIM_CONSOLE_CLIENT_SECRET or with --secret-stdin — never on the command line.
</source>
        <translation>Geben Sie mit --endpoint den geheimen Clientschlüssel in SCIM_CONSOLE_CLIENT_SECRET oder mit --secret-stdin an – nie auf der Befehlszeile.
</translation>
    </message>
    <message>
        <source>With --endpoint, give the secret token in SCIM_CONSOLE_TOKEN or with --secret-stdin — never on the command line.
</source>
        <translation>Geben Sie mit --endpoint das geheime Token in SCIM_CONSOLE_TOKEN oder mit --secret-stdin an – nie auf der Befehlszeile.
</translation>
    </message>
</context>
<context>
    <name>cli::VerifyCommand</name>
    <message>
        <source>check the endpoint URL and token before touching the identity provider</source>
        <translation>Endpunkt-URL und Token prüfen, bevor Sie am Identitätsanbieter etwas ändern</translation>
    </message>
    <message>
        <source>Checks that the endpoint is reachable over sound TLS, that the token works and a wrong one is refused, that discovery and your group are right, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation>Prüft, dass der Endpunkt über einwandfreies TLS erreichbar ist, dass das Token funktioniert und ein falsches abgelehnt wird, dass Discovery und Ihre Gruppe stimmen und dass die eigenen Verbindungstests von Entra ID und Okta bestanden werden.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra, okta or both.</source>
        <translation>Der Identitätsanbieter, den Sie verbinden werden: entra, okta oder both.</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Check the group with this id.</source>
        <translation>Die Gruppe mit dieser ID prüfen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Check the group with this name.</source>
        <translation>Die Gruppe mit diesem Namen prüfen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--idp is entra, okta or both, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp ist entra, okta oder both, nicht „%1“.
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Geben Sie entweder --group-id oder --group-name an, nicht beides.
</translation>
    </message>
    <message>
        <source>Also measure throughput: read-only lookups at a rising rate up to 30 per second for at most 10 seconds (at most 225 requests), stopping at the first 429 or burst of errors. Never writes.</source>
        <translation>Zusätzlich den Durchsatz messen: nur lesende Abfragen mit steigender Rate bis zu 30 pro Sekunde für höchstens 10 Sekunden (höchstens 225 Anfragen), Abbruch beim ersten 429 oder bei einer Häufung von Fehlern. Schreibt nie.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>%1 MiB</source>
        <extracomment>%1 is a whole number of mebibytes</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <extracomment>%1 is a whole number of kibibytes</extracomment>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>%n is a number of bytes</extracomment>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <extracomment>%1 is the path given</extracomment>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); give a file.</source>
        <extracomment>%1 is the path given</extracomment>
        <translation>%1 ist keine reguläre Datei (ein Gerät oder eine Pipe); geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <extracomment>%1 is the file path, %2 the size limit, e.g. &quot;64 KiB&quot;</extracomment>
        <translation>%1 ist größer als %2.</translation>
    </message>
</context>
<context>
    <name>credentials::CleanToken</name>
    <message>
        <source>The token is empty. Paste the secret token you received.</source>
        <translation>Das Token ist leer. Fügen Sie das geheime Token ein, das Sie erhalten haben.</translation>
    </message>
    <message>
        <source>The token contains an invisible control character; copy it again from the message you received.</source>
        <translation>Das Token enthält ein unsichtbares Steuerzeichen; kopieren Sie es erneut aus der Nachricht, die Sie erhalten haben.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n space(s) from inside the token.</source>
        <extracomment>%n is the number of spaces removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>%n Leerzeichen aus dem Inneren des Tokens entfernt.</numerusform>
            <numerusform>%n Leerzeichen aus dem Inneren des Tokens entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s) from inside the token.</source>
        <extracomment>%n is the number of line breaks removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>%n Zeilenumbruch aus dem Inneren des Tokens entfernt.</numerusform>
            <numerusform>%n Zeilenumbrüche aus dem Inneren des Tokens entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was a wrapped paste: tokens hold none. Check it was copied whole.</source>
        <translation>Es wurde umbrochen eingefügt: Token enthalten keine. Prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>credentials::ProfileStore</name>
    <message>
        <source>Give the profile a name, e.g. “Production”.</source>
        <translation>Geben Sie dem Profil einen Namen, z. B. „Produktion“.</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>Ein Profilname hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, spaces and . _ ( ) - only.</source>
        <translation>Ein Profilname besteht nur aus Buchstaben, Ziffern, Leerzeichen und . _ ( ) -.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <extracomment>%1 is the existing profile&apos;s name</extracomment>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
<context>
    <name>credentials::TokenVault</name>
    <message>
        <source>%1 bytes; the limit here is %2</source>
        <extracomment>%1 is the size of the token in bytes, %2 the keychain&apos;s limit in bytes</extracomment>
        <translation>%1 Bytes; die Grenze liegt hier bei %2</translation>
    </message>
</context>
<context>
    <name>credentials::VaultResult</name>
    <message>
        <source>The token is stored in your system keychain.</source>
        <translation>Das Token ist im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>No token is stored for this profile. Set it again with the token you received.</source>
        <translation>Für dieses Profil ist kein Token gespeichert. Legen Sie es erneut mit dem Token fest, das Sie erhalten haben.</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service, or no desktop session bus). The token is never written to a file instead. Log in to a desktop session with a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (kein Secret Service oder kein Sitzungsbus des Desktops). Das Token wird ersatzweise nie in eine Datei geschrieben. Melden Sie sich an einer Desktopsitzung mit einem Schlüsselbund wie GNOME Keyring oder KWallet an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your keyring is locked, or there is no default keyring to store the token in. Unlock it (for example in Passwords and Keys, or by logging in again), then try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, oder es gibt keinen Standardschlüsselbund, in dem das Token gespeichert werden kann. Entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ oder durch erneutes Anmelden) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access to SCIM Setup Console. Allow access when your system asks, then try again.</source>
        <translation>Der Schlüsselbund hat SCIM Setup Console den Zugriff verweigert. Erlauben Sie den Zugriff, wenn Ihr System danach fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. A password prompt may be waiting in another window; answer it, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise wartet in einem anderen Fenster eine Passwortabfrage; beantworten Sie sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This token is longer than your system keychain can hold. Ask the service provider for a shorter token.</source>
        <translation>Dieses Token ist länger, als der Schlüsselbund Ihres Systems speichern kann. Bitten Sie den Dienstanbieter um ein kürzeres Token.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Der Schlüsselbund hat ein Problem gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>the expression is longer than %1 characters</source>
        <extracomment>%1 is the maximum length of a mapping expression, in characters</extracomment>
        <translation>der Ausdruck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>unexpected “%1” after the end of the expression</source>
        <extracomment>%1 is the unexpected character in the attribute mapping expression</extracomment>
        <translation>unerwartetes „%1“ nach dem Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>am Ende fehlt ein Wert</translation>
    </message>
    <message>
        <source>expected a function, an [attribute] or a &quot;string&quot;, not “%1”</source>
        <extracomment>%1 is the unexpected character in the attribute mapping expression</extracomment>
        <translation>erwartet wurde eine Funktion, ein [Attribut] oder eine &quot;Zeichenkette&quot;, nicht „%1“</translation>
    </message>
    <message>
        <source>this string is never closed with &quot;</source>
        <translation>diese Zeichenkette wird nie mit &quot; geschlossen</translation>
    </message>
    <message>
        <source>this [ is never closed with ]</source>
        <translation>diese [ wird nie mit ] geschlossen</translation>
    </message>
    <message>
        <source>an attribute name is missing in []</source>
        <translation>in [] fehlt ein Attributname</translation>
    </message>
    <message>
        <source>a number is missing after -</source>
        <translation>nach - fehlt eine Zahl</translation>
    </message>
    <message>
        <source>functions are nested more than %1 deep</source>
        <extracomment>%1 is the maximum nesting depth of functions</extracomment>
        <translation>Funktionen sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected “(” after %1</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join</extracomment>
        <translation>„(“ nach %1 erwartet</translation>
    </message>
    <message>
        <source>this “(” of %1 is never closed</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join</extracomment>
        <translation>die Klammer „(“ von %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>expected “,” or “)” in %1, not “%2”</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join, %2 the unexpected character</extracomment>
        <translation>„,“ oder „)“ in %1 erwartet, nicht „%2“</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>%1 is the minimum number of arguments a mapping function takes</extracomment>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 is the minimum, %2 the maximum number of arguments a mapping function takes</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %2, not %n argument(s)</source>
        <extracomment>%1 a function&apos;s name, %2 how many arguments it takes (a number, &quot;at least 2&quot;, &quot;1 to 2&quot;)</extracomment>
        <translation>
            <numerusform>%1 erwartet %2, nicht %n Argument</numerusform>
            <numerusform>%1 erwartet %2, nicht %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not evaluated; a sample value stands in</source>
        <extracomment>%1 is the name of a mapping function the console does not evaluate</extracomment>
        <translation>%1 wird nicht ausgewertet; stattdessen wird ein Beispielwert verwendet</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”</source>
        <extracomment>%1 is the name of a mapping function, e.g. Left, %2 the value given</extracomment>
        <translation>%1 braucht eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <extracomment>%1 is the regular expression given to Replace, %2 why it is invalid</extracomment>
        <translation>„%1“ ist kein regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>the person has no app role; a sample role is sent</source>
        <translation>die Person hat keine App-Rolle; eine Beispielrolle wird gesendet</translation>
    </message>
    <message>
        <source>the run&apos;s marker stands in for %1, so that the console can recognise its own test user</source>
        <extracomment>%1 is the mapping row&apos;s source, e.g. [objectId]; &quot;run&quot; is this pilot run, its marker a unique id</extracomment>
        <translation>die Markierung des Laufs ersetzt %1, damit die Konsole ihren eigenen Testbenutzer erkennen kann</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is the file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the test user&apos;s userName stands in for %1, so that the console can find and remove it</source>
        <extracomment>%1 is the mapping row&apos;s source, e.g. [userPrincipalName]</extracomment>
        <translation>der userName des Testbenutzers ersetzt %1, damit die Konsole ihn finden und entfernen kann</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is a function without an expression, and its name and parameters do not make one</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist eine Funktion ohne Ausdruck, und aus ihrem Namen und ihren Parametern lässt sich keiner bilden</translation>
    </message>
    <message>
        <source>%1 does not parse at character %2: %3</source>
        <extracomment>%1 is a JSON path, %2 a position in the expression (1 is its first character), %3 what is wrong there
----------
%1 is a JSON path such as $.user[3].expression, %2 a position in the expression (1 is its first character), %3 what is wrong there</extracomment>
        <translation>%1 lässt sich bei Zeichen %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 is “%2”; expected Attribute, Constant or Function</source>
        <extracomment>%1 is a JSON path ending in .type, %2 the type the file gives</extracomment>
        <translation>%1 ist „%2“; erwartet: Attribute, Constant oder Function</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target
----------
%1 is the JSON path $ (the whole mapping file)</extracomment>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>%1 makes %2 rows; the console reads at most %3</source>
        <extracomment>%1 is a JSON path, %2 how many rows the schema makes, %3 the most the console reads</extracomment>
        <translation>%1 ergibt %2 Zeilen; die Konsole liest höchstens %3</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a synchronization schema the console reads is at most 4 MiB</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the file&apos;s size in bytes</extracomment>
        <translation>%1 ist %2 Byte groß; ein Synchronisierungsschema, das die Konsole liest, hat höchstens 4 MiB</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 and import it again</source>
        <extracomment>%1 is the JSON path $ (the whole file)</extracomment>
        <translation>%1 ist UTF-16-Text; speichern Sie ihn als UTF-8, und importieren Sie ihn erneut</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the parser&apos;s error, %3 a byte offset in the file</extracomment>
        <translation>%1 ist kein JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is missing — this is not an Entra synchronization schema (fetch …/synchronization/jobs/{jobId}/schema)</source>
        <extracomment>%1 is the JSON path $.synchronizationRules; keep the URL part as it is</extracomment>
        <translation>%1 fehlt – dies ist kein Entra-Synchronisierungsschema (rufen Sie …/synchronization/jobs/{jobId}/schema ab)</translation>
    </message>
    <message>
        <source>%1 is false: this job provisions no users</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ist false: Dieser Auftrag stellt keine Benutzer bereit</translation>
    </message>
    <message>
        <source>%1 holds no mapping of User objects</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 enthält keine Zuordnung von User-Objekten</translation>
    </message>
    <message>
        <source>%1 needs exactly one of source, constant or expression</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 braucht genau eines von source, constant oder expression</translation>
    </message>
    <message>
        <source>%1 has an empty source</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 hat eine leere Quelle</translation>
    </message>
    <message>
        <source>%1 must be &quot;always&quot; or &quot;create-only&quot;</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 muss &quot;always&quot; oder &quot;create-only&quot; sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 99</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 muss eine ganze Zahl von 0 bis 99 sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <extracomment>%1 is a JSON path such as $.user</extracomment>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 has %2 rows; at most %3 are read</source>
        <extracomment>%1 is a JSON path such as $.user, %2 how many rows it has, %3 the most that are read</extracomment>
        <translation>%1 hat %2 Zeilen; höchstens %3 werden gelesen</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the parser&apos;s error, %3 a byte offset in the file</extracomment>
        <translation>%1 ist kein JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 must be &quot;%2&quot;</source>
        <extracomment>%1 is the JSON path $.format, %2 the format the file must name</extracomment>
        <translation>%1 muss &quot;%2&quot; sein</translation>
    </message>
    <message>
        <source>%1 must be &quot;entra&quot; or &quot;okta&quot;</source>
        <extracomment>%1 is the JSON path $.idp; keep &quot;entra&quot; and &quot;okta&quot; as they are</extracomment>
        <translation>%1 muss &quot;entra&quot; oder &quot;okta&quot; sein</translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <extracomment>%1 is the JSON path $.user</extracomment>
        <translation>%1 enthält keine Zeilen</translation>
    </message>
</context>
<context>
    <name>engine::Cleanup</name>
    <message>
        <source>membership of %1 in group %2</source>
        <extracomment>%1 is the test user&apos;s id at the service, %2 the id of the group at the service</extracomment>
        <translation>Mitgliedschaft von %1 in Gruppe %2</translation>
    </message>
    <message>
        <source>Remove the pilot user from the group</source>
        <translation>Pilotbenutzer aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Removed from group %1.</source>
        <translation>Aus Gruppe %1 entfernt.</translation>
    </message>
    <message>
        <source>Leave the pilot user deactivated</source>
        <translation>Pilotbenutzer deaktiviert lassen</translation>
    </message>
    <message>
        <source>Delete the pilot user</source>
        <translation>Pilotbenutzer löschen</translation>
    </message>
    <message>
        <source>Never created (no user %1 carries this run&apos;s marker).</source>
        <extracomment>%1 is the test user&apos;s userName; &quot;run&apos;s marker&quot; is this pilot run&apos;s unique externalId</extracomment>
        <translation>Nie angelegt (kein Benutzer %1 trägt die Markierung dieses Laufs).</translation>
    </message>
    <message>
        <source>Already gone.</source>
        <translation>Bereits entfernt.</translation>
    </message>
    <message>
        <source>Not touched: %1 does not carry this run&apos;s marker, so it is not the console&apos;s.</source>
        <extracomment>%1 is a user id at the service; &quot;run&apos;s marker&quot; is the unique externalId this pilot run set</extracomment>
        <translation>Nicht angerührt: %1 trägt nicht die Markierung dieses Laufs, gehört also nicht der Konsole.</translation>
    </message>
    <message>
        <source>DELETE answered %1, yet the user can still be read.</source>
        <extracomment>%1 is the HTTP status code of the DELETE request</extracomment>
        <translation>DELETE antwortete mit %1, der Benutzer lässt sich aber noch lesen.</translation>
    </message>
    <message>
        <source>DELETE was refused (%1); deactivating instead.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 405 in 12 ms&quot;</extracomment>
        <translation>DELETE wurde abgelehnt (%1); stattdessen wird deaktiviert.</translation>
    </message>
    <message>
        <source>The user could be neither deleted nor deactivated.</source>
        <translation>Der Benutzer konnte weder gelöscht noch deaktiviert werden.</translation>
    </message>
    <message>
        <source>Left deactivated: the service would not delete it.</source>
        <translation>Deaktiviert belassen: Der Dienst wollte ihn nicht löschen.</translation>
    </message>
    <message>
        <source>The service&apos;s id for %1 cannot be used safely (%2); remove this user by hand in the service.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 what is wrong with its id</extracomment>
        <translation>Die ID des Dienstes für %1 kann nicht sicher verwendet werden (%2); entfernen Sie diesen Benutzer im Dienst von Hand.</translation>
    </message>
    <message>
        <source>Deleted %1; reading it back gives 404, so the service no longer shows it over SCIM. Some services keep a deleted account&apos;s record where SCIM cannot see it; ask the service provider if that matters to you.</source>
        <extracomment>%1 is the test user&apos;s id at the service</extracomment>
        <translation>%1 gelöscht; erneutes Lesen ergibt 404, der Dienst zeigt ihn über SCIM also nicht mehr an. Manche Dienste behalten den Datensatz eines gelöschten Kontos dort, wo SCIM ihn nicht sieht; fragen Sie den Dienstanbieter, falls das für Sie wichtig ist.</translation>
    </message>
    <message>
        <source>Deactivated %1 and left it so, as asked.</source>
        <extracomment>%1 is the test user&apos;s id at the service</extracomment>
        <translation>%1 deaktiviert und wie gewünscht so belassen.</translation>
    </message>
</context>
<context>
    <name>engine::CleanupJournal</name>
    <message>
        <source>The cleanup journal %1 cannot be read: %2</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the system&apos;s error message</extracomment>
        <translation>Das Bereinigungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cleanup journal %1 cannot be written: %2</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the system&apos;s error message</extracomment>
        <translation>Das Bereinigungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>engine::Diagnosis</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <extracomment>%1 is the HTTP status code, %2 how long the answer took, in milliseconds</extracomment>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>Your proxy asks for credentials (HTTP 407) before it lets the request through.</source>
        <translation>Ihr Proxy verlangt Anmeldeinformationen (HTTP 407), bevor er die Anfrage durchlässt.</translation>
    </message>
    <message>
        <source>The proxy could not be used: %1</source>
        <translation>Der Proxy konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Ask your IT team to allow %1 through the proxy without a login, or run the check from a network without the proxy.</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Bitten Sie Ihr IT-Team, %1 ohne Anmeldung durch den Proxy zuzulassen, oder führen Sie die Prüfung aus einem Netzwerk ohne Proxy aus.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS).</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the endpoint URL. On a company network the name may only resolve on the VPN.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts in der Endpunkt-URL. In einem Firmennetzwerk wird der Name möglicherweise nur im VPN aufgelöst.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection to %1.</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Die Verbindung zu %1 wurde von keiner Gegenstelle angenommen.</translation>
    </message>
    <message>
        <source>Check the host and port in the endpoint URL; a firewall may also refuse the connection.</source>
        <translation>Prüfen Sie Host und Port in der Endpunkt-URL; auch eine Firewall kann die Verbindung ablehnen.</translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived (%1).</source>
        <extracomment>%1 is the network error&apos;s details</extracomment>
        <translation>Die Verbindung wurde geschlossen, bevor eine Antwort ankam (%1).</translation>
    </message>
    <message>
        <source>Something between you and the service — a proxy, load balancer or firewall — cut the connection. If it persists, send this report to the service provider.</source>
        <translation>Etwas zwischen Ihnen und dem Dienst – ein Proxy, Load Balancer oder eine Firewall – hat die Verbindung getrennt. Wenn das Problem bleibt, senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>See the tls-certificate step.</source>
        <translation>Siehe den Schritt tls-certificate.</translation>
    </message>
    <message>
        <source>The endpoint redirects (HTTP %1) to %2.</source>
        <extracomment>%1 is the HTTP status code (e.g. 302), %2 the URL it redirects to</extracomment>
        <translation>Der Endpunkt leitet weiter (HTTP %1) nach %2.</translation>
    </message>
    <message>
        <source>Identity providers do not follow redirects with the token. If %1 is the real SCIM endpoint, use that URL; a redirect to a login page means this is not the SCIM API.</source>
        <extracomment>%1 is the URL the endpoint redirects to; &quot;token&quot; is the SCIM bearer token</extracomment>
        <translation>Identitätsanbieter folgen Weiterleitungen mit dem Token nicht. Wenn %1 der echte SCIM-Endpunkt ist, verwenden Sie diese URL; eine Weiterleitung auf eine Anmeldeseite bedeutet, dass dies nicht die SCIM-API ist.</translation>
    </message>
    <message>
        <source>The service sent far more than a SCIM answer needs; check the endpoint URL.</source>
        <translation>Der Dienst hat weit mehr gesendet, als eine SCIM-Antwort braucht; prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page instead of SCIM JSON.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>HTTP %1 mit einer HTML-Seite statt SCIM-JSON.</translation>
    </message>
    <message>
        <source>This URL is the web app or a login page, not the SCIM API. Use the SCIM endpoint URL exactly as the service provider sent it.</source>
        <translation>Diese URL ist die Web-App oder eine Anmeldeseite, nicht die SCIM-API. Verwenden Sie die SCIM-Endpunkt-URL genau so, wie der Dienstanbieter sie gesendet hat.</translation>
    </message>
    <message>
        <source>The token was refused (HTTP 401).</source>
        <translation>Das Token wurde abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>Was the token copied whole, with nothing missing at either end? Was it rotated since you received it? Store it again with “profile set-token”.</source>
        <translation>Wurde das Token vollständig kopiert, ohne dass an einem Ende etwas fehlt? Wurde es seit dem Erhalt erneuert? Speichern Sie es erneut mit „profile set-token“.</translation>
    </message>
    <message>
        <source>The token was accepted but is not allowed to do this (HTTP 403).</source>
        <translation>Das Token wurde akzeptiert, darf dies aber nicht tun (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask the service provider to give this token access to users and groups.</source>
        <translation>Bitten Sie den Dienstanbieter, diesem Token Zugriff auf Benutzer und Gruppen zu geben.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the endpoint URL: the path usually ends in /scim/v2.</source>
        <translation>Prüfen Sie die Endpunkt-URL: Der Pfad endet meist auf /scim/v2.</translation>
    </message>
    <message>
        <source>The service refuses the request&apos;s Accept header (HTTP 406).</source>
        <translation>Der Dienst lehnt den Accept-Header der Anfrage ab (HTTP 406).</translation>
    </message>
    <message>
        <source>Entra ID sends no JSON Accept header on reads; the service must answer anyway.</source>
        <translation>Entra ID sendet bei Lesezugriffen keinen JSON-Accept-Header; der Dienst muss trotzdem antworten.</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429), even after waiting as it asked.</source>
        <translation>Der Dienst drosselt Anfragen (HTTP 429), auch nachdem wie verlangt gewartet wurde.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the service&apos;s rate limit is too low for an identity provider.</source>
        <translation>Versuchen Sie es später erneut; wenn das Problem bleibt, ist das Ratenlimit des Dienstes zu niedrig für einen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>The service failed (HTTP %1).</source>
        <extracomment>%1 is the HTTP status code, 500 or above</extracomment>
        <translation>Im Dienst ist ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later. If it persists, send this report to the service provider.</source>
        <translation>Versuchen Sie es später erneut. Wenn das Problem bleibt, senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>Unerwartetes HTTP %1.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>A SCIM service answers with a JSON object. Send this report to the service provider.</source>
        <translation>Ein SCIM-Dienst antwortet mit einem JSON-Objekt. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The console never sends a request that would reach another resource than the one it means. An id from the service made this URL; send this report to the service provider.</source>
        <translation>Die Konsole sendet nie eine Anfrage, die eine andere Ressource erreichen würde als die gemeinte. Eine ID des Dienstes hat diese URL ergeben; senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429) and asked to wait %1; the console waits at most %2, so it stopped.</source>
        <extracomment>%1 is a wait such as &quot;11 days&quot;, %2 one such as &quot;60 seconds&quot;</extracomment>
        <translation>Der Dienst drosselt Anfragen (HTTP 429) und verlangte, %1 zu warten; die Konsole wartet höchstens %2 und hat daher aufgehört.</translation>
    </message>
    <message>
        <source>A firewall or proxy may be holding the connection, or the service is overloaded. Try again, from a network with direct internet access, or allow more time for an answer.</source>
        <translation>Möglicherweise hält eine Firewall oder ein Proxy die Verbindung fest, oder der Dienst ist überlastet. Versuchen Sie es erneut, aus einem Netzwerk mit direktem Internetzugang, oder lassen Sie mehr Zeit für eine Antwort.</translation>
    </message>
    <message>
        <source>The service refused a freshly obtained access token (HTTP 401).</source>
        <translation>Der Dienst hat ein frisch bezogenes Zugriffstoken abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The token endpoint issues access tokens this SCIM endpoint does not accept: they may be meant for another service (audience), expire at once, or the client is not allowed to provision. Check the token endpoint URL and client id, then send this report to the service provider.</source>
        <translation>Der Tokenendpunkt stellt Zugriffstoken aus, die dieser SCIM-Endpunkt nicht akzeptiert: Sie sind vielleicht für einen anderen Dienst bestimmt (Audience), laufen sofort ab, oder der Client darf keine Bereitstellung durchführen. Prüfen Sie die URL des Tokenendpunkts und die Client-ID und senden Sie dann diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The service says: “%1”</source>
        <extracomment>%1 is the service&apos;s own error text, quoted as it sent it</extracomment>
        <translation>Der Dienst meldet: „%1“</translation>
    </message>
</context>
<context>
    <name>engine::EntraDialect</name>
    <message>
        <source>Entra ID&apos;s default: capitalised PATCH ops, active as the string &quot;False&quot;, member removal by value.</source>
        <translation>Standard von Entra ID: großgeschriebene PATCH-Operationen, active als Zeichenkette &quot;False&quot;, Entfernen von Mitgliedern über value.</translation>
    </message>
    <message>
        <source>Entra ID stops provisioning this user and retries in the next cycle (about 40 minutes); after repeated failures it quarantines the whole app.</source>
        <translation>Entra ID stoppt die Bereitstellung dieses Benutzers und versucht es im nächsten Zyklus erneut (nach etwa 40 Minuten); nach wiederholten Fehlern versetzt es die ganze App in Quarantäne.</translation>
    </message>
    <message>
        <source>Entra ID keeps retrying the hard delete; the account stays behind in the service.</source>
        <translation>Entra ID wiederholt das endgültige Löschen immer wieder; das Konto bleibt im Dienst zurück.</translation>
    </message>
    <message>
        <source>Entra ID logs the failure in its provisioning logs and retries in the next cycle; if failures go on, it quarantines the app and stops provisioning everyone.</source>
        <translation>Entra ID protokolliert den Fehler in den Bereitstellungsprotokollen und versucht es im nächsten Zyklus erneut; wenn die Fehler andauern, versetzt es die App in Quarantäne und stoppt die Bereitstellung für alle.</translation>
    </message>
    <message>
        <source>Entra ID, default</source>
        <translation>Entra ID, Standard</translation>
    </message>
    <message>
        <source>Pick this unless the service provider told you to add ?aadOptscim062020 to the Tenant URL: it is what a new Entra ID app sends out of the box.</source>
        <translation>Wählen Sie dies, sofern der Dienstanbieter Ihnen nicht gesagt hat, ?aadOptscim062020 an die Mandanten-URL anzuhängen: So sendet eine neue App in Entra ID ab Werk.</translation>
    </message>
    <message>
        <source>The service refuses Entra&apos;s default request but accepts the RFC-compliant one: append ?aadOptscim062020 to the Tenant URL in Entra ID (the entra-rfc dialect) and this works.</source>
        <translation>Der Dienst lehnt die Standardanfrage von Entra ab, akzeptiert aber die RFC-konforme: Hängen Sie in Entra ID ?aadOptscim062020 an die Mandanten-URL an (der Dialekt entra-rfc), dann funktioniert es.</translation>
    </message>
</context>
<context>
    <name>engine::EntraRfcDialect</name>
    <message>
        <source>Entra ID with ?aadOptscim062020: RFC-compliant PATCH (lower-case ops, booleans, path filters).</source>
        <translation>Entra ID mit ?aadOptscim062020: RFC-konformes PATCH (kleingeschriebene Operationen, boolesche Werte, Pfadfilter).</translation>
    </message>
    <message>
        <source>Entra ID with the aadOptscim062020 flag</source>
        <translation>Entra ID mit dem Flag aadOptscim062020</translation>
    </message>
    <message>
        <source>Pick this if the Tenant URL ends in ?aadOptscim062020 — because the service provider says so, or because the default pilot advised it.</source>
        <translation>Wählen Sie dies, wenn die Mandanten-URL auf ?aadOptscim062020 endet – weil der Dienstanbieter es so vorgibt oder weil der Standardpilot es empfohlen hat.</translation>
    </message>
</context>
<context>
    <name>engine::FirstSyncEstimate</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>about %1–%2 hours</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>etwa %1–%2 Stunden</translation>
    </message>
    <message>
        <source>about %1–%2 days</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>etwa %1–%2 Tage</translation>
    </message>
    <message>
        <source>about %1–%2 minutes</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>etwa %1–%2 Minuten</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the low end</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>die Antworten dieses Endpunkts (Median %1 ms) sprechen für das untere Ende</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it between the two bounds</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>die Antworten dieses Endpunkts (Median %1 ms) sprechen für einen Wert zwischen den beiden Grenzen</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the high end, or beyond it</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>die Antworten dieses Endpunkts (Median %1 ms) sprechen für das obere Ende oder darüber hinaus</translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership).</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08)</extracomment>
        <translation>%1 für den ersten Zyklus (Richtwert von Entra ID: %2–%3 Minuten pro Benutzer, Gruppe und Mitgliedschaft).</translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership); %4.</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08), %4 which bound the endpoint&apos;s answer time puts it near</extracomment>
        <translation>%1 für den ersten Zyklus (Richtwert von Entra ID: %2–%3 Minuten pro Benutzer, Gruppe und Mitgliedschaft); %4.</translation>
    </message>
    <message>
        <source>Later cycles run about every %1 minutes.</source>
        <extracomment>%1 is the interval between Entra ID&apos;s later provisioning cycles in minutes (40)</extracomment>
        <translation>Spätere Zyklen laufen etwa alle %1 Minuten.</translation>
    </message>
    <message>
        <source>Okta publishes no guidance on how long provisioning a number of people takes, so the console gives no estimate for it.</source>
        <translation>Okta veröffentlicht keine Richtwerte dazu, wie lange die Bereitstellung einer Anzahl von Personen dauert, daher gibt die Konsole dafür keine Schätzung an.</translation>
    </message>
</context>
<context>
    <name>engine::GroupCsv</name>
    <message>
        <source>text after a closing quote; quote the whole value</source>
        <translation>Text nach einem schließenden Anführungszeichen; setzen Sie den ganzen Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value; quote the value and double the quote</source>
        <translation>ein Anführungszeichen in einem Wert ohne Anführungszeichen; setzen Sie den Wert in Anführungszeichen und verdoppeln Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>ein Wert in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>Die Datei ist kein UTF-8-Text; speichern Sie sie als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with userName</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit userName</translation>
    </message>
    <message>
        <source>a second column for %1</source>
        <extracomment>%1 is the attribute the column maps to, e.g. email</extracomment>
        <translation>eine zweite Spalte für %1</translation>
    </message>
    <message>
        <source>no userName column (also accepted: userPrincipalName, Username, login)</source>
        <translation>keine Spalte userName (ebenfalls akzeptiert: userPrincipalName, Username, login)</translation>
    </message>
    <message>
        <source>%1 values where the header has %2 columns</source>
        <extracomment>%1 is the number of values in the CSV row, %2 the number of columns</extracomment>
        <translation>%1 Werte, wo die Kopfzeile %2 Spalten hat</translation>
    </message>
    <message>
        <source>userName is empty</source>
        <translation>userName ist leer</translation>
    </message>
    <message>
        <source>“%1” contains a space or a quote</source>
        <extracomment>%1 is the userName value from the CSV file</extracomment>
        <translation>„%1“ enthält ein Leerzeichen oder ein Anführungszeichen</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <extracomment>%1 is the userName value from the CSV file</extracomment>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <extracomment>%1 is the value in the email column</extracomment>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the file has a header but no people</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Personen</translation>
    </message>
    <message>
        <source>%1 people: at most %2 — this is a pilot, not a migration.</source>
        <extracomment>%1 is the number of people in the file, %2 the maximum allowed</extracomment>
        <translation>%1 Personen: höchstens %2 – dies ist ein Pilot, keine Migration.</translation>
    </message>
    <message>
        <source>contains the invisible control character %1</source>
        <extracomment>%1 is a code point such as U+0000</extracomment>
        <translation>enthält das unsichtbare Steuerzeichen %1</translation>
    </message>
    <message>
        <source>line %L1: %2</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %2 the problem found there (a sentence)</extracomment>
        <translation>Zeile %L1: %2</translation>
    </message>
    <message>
        <source>line %L1, column %L2: %3</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %L2 the column&apos;s number, %3 the problem (a sentence)</extracomment>
        <translation>Zeile %L1, Spalte %L2: %3</translation>
    </message>
    <message>
        <source>line %L1, column %L2 (%3): %4</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %L2 the column&apos;s number, %3 the column&apos;s header, %4 the problem (a sentence)</extracomment>
        <translation>Zeile %L1, Spalte %L2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>engine::GroupLookup</name>
    <message>
        <source>The group “%1” could not be found (%2).</source>
        <translation>Die Gruppe „%1“ wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>The group id cannot be used: %1.</source>
        <extracomment>%1 is what is wrong with the id of the group at the service</extracomment>
        <translation>Die Gruppen-ID kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>The group “%1” has an id the console cannot use safely: %2.</source>
        <extracomment>%1 is the group&apos;s display name at the service, %2 what is wrong with its id</extracomment>
        <translation>Die Gruppe „%1“ hat eine ID, die die Konsole nicht sicher verwenden kann: %2.</translation>
    </message>
    <message>
        <source>No group given: add the group&apos;s name or id to the profile to test membership.</source>
        <translation>Keine Gruppe angegeben: Fügen Sie dem Profil den Namen oder die ID der Gruppe hinzu, um die Mitgliedschaft zu testen.</translation>
    </message>
</context>
<context>
    <name>engine::GroupRun</name>
    <message>
        <source>The row can be provisioned</source>
        <translation>Die Zeile kann bereitgestellt werden</translation>
    </message>
    <message>
        <source>What the first sync will do</source>
        <translation>Was die erste Synchronisierung tun wird</translation>
    </message>
    <message>
        <source>The account arrived</source>
        <translation>Das Konto ist angekommen</translation>
    </message>
    <message>
        <source>The account is active</source>
        <translation>Das Konto ist aktiv</translation>
    </message>
    <message>
        <source>Its attributes are as in the file</source>
        <translation>Seine Attribute entsprechen der Datei</translation>
    </message>
    <message>
        <source>It is in the group</source>
        <translation>Es ist in der Gruppe</translation>
    </message>
    <message>
        <source>In the group but not in the file</source>
        <translation>In der Gruppe, aber nicht in der Datei</translation>
    </message>
    <message>
        <source>The group %1 could not be read: %2</source>
        <extracomment>%1 is the id of the group at the service, %2 a summary of the failed response</extracomment>
        <translation>Die Gruppe %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Account %1 (%2) is in the group “%3” but not in the file.</source>
        <extracomment>%1 is the account&apos;s userName, %2 its id, %3 the group&apos;s name (or id) at the service</extracomment>
        <translation>Konto %1 (%2) ist in der Gruppe „%3“, aber nicht in der Datei.</translation>
    </message>
    <message>
        <source>If this person should not be in the pilot, remove them from the group in the IdP; the next cycle then removes the membership.</source>
        <translation>Wenn diese Person nicht zum Pilot gehören soll, entfernen Sie sie im IdP aus der Gruppe; der nächste Zyklus entfernt dann die Mitgliedschaft.</translation>
    </message>
    <message>
        <source>Line %1: SSO signs people in by email, and this row has none to compare with the userName.</source>
        <extracomment>%1 is the line number in the CSV file</extracomment>
        <translation>Zeile %1: SSO meldet Personen per E-Mail an, und diese Zeile hat keine, die mit dem userName verglichen werden kann.</translation>
    </message>
    <message>
        <source>Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.</source>
        <extracomment>%1 is the line number in the CSV file, %2 the person&apos;s email, %3 their userName</extracomment>
        <translation>Zeile %1: SSO meldet mit der E-Mail %2 an, SCIM würde aber den userName %3 senden.</translation>
    </message>
    <message>
        <source>When SSO and SCIM identify a person by different values, the first sign-in can create a second account. Map userName to the email (or SSO to the userName) in the IdP&apos;s attribute mappings.</source>
        <translation>Wenn SSO und SCIM eine Person über unterschiedliche Werte identifizieren, kann die erste Anmeldung ein zweites Konto anlegen. Ordnen Sie in den Attributzuordnungen des IdP userName der E-Mail zu (oder SSO dem userName).</translation>
    </message>
    <message>
        <source>Line %1.</source>
        <extracomment>%1 is the line number in the CSV file</extracomment>
        <translation>Zeile %1.</translation>
    </message>
    <message>
        <source>Not checked: the account could not be looked up.</source>
        <translation>Nicht geprüft: Das Konto konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>No account with the userName %1.</source>
        <extracomment>%1 is the person&apos;s userName from the CSV file</extracomment>
        <translation>Kein Konto mit dem userName %1.</translation>
    </message>
    <message>
        <source>The IdP has not provisioned this person yet. Check that they are in the assigned group, and look for them in the IdP&apos;s provisioning logs.</source>
        <translation>Der IdP hat diese Person noch nicht bereitgestellt. Prüfen Sie, ob sie in der zugewiesenen Gruppe ist, und suchen Sie sie in den Bereitstellungsprotokollen des IdP.</translation>
    </message>
    <message>
        <source>Not checked: the account has not arrived.</source>
        <translation>Nicht geprüft: Das Konto ist nicht angekommen.</translation>
    </message>
    <message>
        <source>The service does not say whether the account is active.</source>
        <translation>Der Dienst gibt nicht an, ob das Konto aktiv ist.</translation>
    </message>
    <message>
        <source>active: true</source>
        <translation>active: true</translation>
    </message>
    <message>
        <source>active: %1</source>
        <extracomment>%1 is the JSON value the service holds for active, e.g. false or &quot;False&quot;</extracomment>
        <translation>active: %1</translation>
    </message>
    <message>
        <source>The person cannot sign in. Check the IdP&apos;s mapping for active, and whether the account was deactivated on the service side.</source>
        <translation>Die Person kann sich nicht anmelden. Prüfen Sie die Zuordnung des IdP für active und ob das Konto auf der Seite des Dienstes deaktiviert wurde.</translation>
    </message>
    <message>
        <source>%1: the file says “%2”, the service holds “%3”</source>
        <extracomment>%1 is an attribute name, %2 its value in the CSV file, %3 the value(s) the service holds</extracomment>
        <translation>%1: Die Datei nennt „%2“, der Dienst hat „%3“</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) compared.</source>
        <extracomment>%n is the number of attributes compared</extracomment>
        <translation>
            <numerusform>%n Attribut verglichen.</numerusform>
            <numerusform>%n Attribute verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the IdP&apos;s attribute mappings for these attributes, then let the next cycle update them.</source>
        <translation>Prüfen Sie die Attributzuordnungen des IdP für diese Attribute und lassen Sie sie dann vom nächsten Zyklus aktualisieren.</translation>
    </message>
    <message>
        <source>Member of %1.</source>
        <extracomment>%1 is the group&apos;s display name (or id) at the service</extracomment>
        <translation>Mitglied von %1.</translation>
    </message>
    <message>
        <source>Not a member of %1.</source>
        <extracomment>%1 is the group&apos;s display name (or id) at the service</extracomment>
        <translation>Kein Mitglied von %1.</translation>
    </message>
    <message>
        <source>The IdP pushes group memberships only for groups it is told to provision: check that the group is assigned to the app and its memberships are provisioned.</source>
        <translation>Der IdP überträgt Gruppenmitgliedschaften nur für Gruppen, die er bereitstellen soll: Prüfen Sie, ob die Gruppe der App zugewiesen ist und ihre Mitgliedschaften bereitgestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s)</source>
        <extracomment>%n is the number of further accounts not listed by name</extracomment>
        <translation>
            <numerusform>%n weiteres Konto</numerusform>
            <numerusform>%n weitere Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) in the group are not in the file: %1</source>
        <extracomment>%n is the number of accounts, %1 a comma-separated list of their ids</extracomment>
        <translation>
            <numerusform>%n weiteres Konto in der Gruppe ist nicht in der Datei: %1</numerusform>
            <numerusform>%n weitere Konten in der Gruppe sind nicht in der Datei: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Is this the pilot group? A pilot group holds a few people; check the group the profile names.</source>
        <translation>Ist das die Pilotgruppe? Eine Pilotgruppe umfasst wenige Personen; prüfen Sie die Gruppe, die das Profil nennt.</translation>
    </message>
    <message>
        <source>Links to the existing account %1: nothing new is created.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Verknüpft mit dem vorhandenen Konto %1: Es wird nichts Neues angelegt.</translation>
    </message>
    <message>
        <source>Links to the existing account %1, which differs only in letter case: the service matches userName regardless of case, as the IdP&apos;s own lookup shows.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Verknüpft mit dem vorhandenen Konto %1, das sich nur in der Groß-/Kleinschreibung unterscheidet: Der Dienst gleicht userName ohne Beachtung der Groß-/Kleinschreibung ab, wie die eigene Abfrage des IdP zeigt.</translation>
    </message>
    <message>
        <source>Nothing new is created. If SSO compares the user name exactly, align its case there too.</source>
        <translation>Es wird nichts Neues angelegt. Wenn SSO den Benutzernamen exakt vergleicht, gleichen Sie die Groß-/Kleinschreibung auch dort an.</translation>
    </message>
    <message>
        <source>Collides with %1: it differs only in letter case, and this service compares userName exactly, so the IdP&apos;s lookup does not find it.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Kollidiert mit %1: Es unterscheidet sich nur in der Groß-/Kleinschreibung, und dieser Dienst vergleicht userName exakt, daher findet die Abfrage des IdP es nicht.</translation>
    </message>
    <message>
        <source>Depending on the service the IdP creates a second account for the same person or fails with a conflict. Align the userName&apos;s case first.</source>
        <translation>Je nach Dienst legt der IdP ein zweites Konto für dieselbe Person an oder scheitert mit einem Konflikt. Gleichen Sie zuerst die Groß-/Kleinschreibung des userName an.</translation>
    </message>
    <message>
        <source>Collides with %3: the %1 %2 already belongs to that account.</source>
        <extracomment>%1 is the column (email or externalId), %2 its value, %3 the account holding it</extracomment>
        <translation>Kollidiert mit %3: Der Wert %2 (%1) gehört bereits zu diesem Konto.</translation>
    </message>
    <message>
        <source>The IdP would create a new account for %1, but the service will refuse it (409) or hold two accounts for one person.</source>
        <extracomment>%1 is the person&apos;s userName from the CSV file</extracomment>
        <translation>Der IdP würde ein neues Konto für %1 anlegen, aber der Dienst wird es ablehnen (409) oder zwei Konten für eine Person führen.</translation>
    </message>
    <message>
        <source>No account has this userName, email or externalId: the first sync creates one.</source>
        <translation>Kein Konto hat diesen userName, diese E-Mail oder diese externalId: Die erste Synchronisierung legt eines an.</translation>
    </message>
</context>
<context>
    <name>engine::MappingCheck</name>
    <message>
        <source>%1 (%2 extension)</source>
        <extracomment>%1 is an attribute such as employeeNumber, %2 the extension&apos;s name such as enterprise</extracomment>
        <translation>%1 (Erweiterung %2)</translation>
    </message>
    <message>
        <source>Mapping %1 → %2</source>
        <extracomment>the mapping row: an IdP source attribute or expression, and the SCIM attribute it fills</extracomment>
        <translation>Zuordnung %1 → %2</translation>
    </message>
    <message>
        <source>In Okta: Applications → the app → Provisioning → To App → Attribute Mappings, remove the mapping to “%1” (or Directory → Profile Editor → the app&apos;s user profile → delete the attribute), or ask the service provider to store it.</source>
        <extracomment>%1 is the SCIM target attribute, e.g. title or emails[type eq &quot;work&quot;].value</extracomment>
        <translation>In Okta: Anwendungen → die App → Bereitstellung → Zur App → Attributzuordnungen: Entfernen Sie die Zuordnung zu „%1“ (oder Verzeichnis → Profil-Editor → das Benutzerprofil der App → das Attribut löschen), oder bitten Sie den Dienstanbieter, das Attribut zu speichern.</translation>
    </message>
    <message>
        <source>In Entra ID: Provisioning → Mappings → Provision Microsoft Entra ID Users → delete the row “%1 → %2”, or ask the service provider to store it.</source>
        <extracomment>%1 is the Entra source attribute or expression, %2 the SCIM target attribute</extracomment>
        <translation>In Entra ID: Bereitstellung → Zuordnungen → Microsoft Entra ID-Benutzer bereitstellen → die Zeile „%1 → %2“ löschen, oder bitten Sie den Dienstanbieter, das Attribut zu speichern.</translation>
    </message>
    <message>
        <source>%1 fails every user with this attribute and retries them; enough failures quarantine the app. %2</source>
        <extracomment>%1 is the identity provider, e.g. Okta, %2 a sentence on how to fix the mapping</extracomment>
        <translation>Bei %1 schlägt jeder Benutzer mit diesem Attribut fehl und wird erneut versucht; genügend Fehler versetzen die App in Quarantäne. %2</translation>
    </message>
    <message>
        <source>Not sent: %1 has no value for this person, and %2 sends no empty values.</source>
        <extracomment>%1 is the mapping row&apos;s source attribute, %2 the identity provider, e.g. Okta</extracomment>
        <translation>Nicht gesendet: %1 hat für diese Person keinen Wert, und %2 sendet keine leeren Werte.</translation>
    </message>
    <message>
        <source>Provisioning “works” but this data never arrives. %1</source>
        <extracomment>%1 is a sentence on how to fix the mapping</extracomment>
        <translation>Die Bereitstellung „funktioniert“, aber diese Daten kommen nie an. %1</translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2” (only the letter case differs).</source>
        <extracomment>%1 is the value sent, %2 the value the service stored</extracomment>
        <translation>Geändert: „%1“ gesendet, als „%2“ gespeichert (nur die Groß-/Kleinschreibung unterscheidet sich).</translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2”.</source>
        <translation>Geändert: „%1“ gesendet, als „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 compares what it sent with what it reads and may send the value again on every cycle. Ask the service provider to store it unchanged, or map the value the service keeps.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>%1 vergleicht Gesendetes mit Gelesenem und sendet den Wert womöglich in jedem Zyklus erneut. Bitten Sie den Dienstanbieter, ihn unverändert zu speichern, oder ordnen Sie den Wert zu, den der Dienst behält.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas lists it.</source>
        <translation>Der Dienst führt es unter /Schemas auf.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas does not list it.</source>
        <translation>Der Dienst führt es unter /Schemas nicht auf.</translation>
    </message>
    <message>
        <source>Rejected: the service refuses a user that carries %1 (sent “%2”).</source>
        <extracomment>%1 is the SCIM target attribute, %2 the value the pilot sent</extracomment>
        <translation>Abgelehnt: Der Dienst lehnt einen Benutzer ab, der %1 enthält (gesendet: „%2“).</translation>
    </message>
    <message>
        <source>Dropped silently: sent “%1”%2, answered with success, but the user read back has no %3.</source>
        <extracomment>%2 is empty or a note in brackets, e.g. &quot; (sample)&quot;</extracomment>
        <translation>Stillschweigend verworfen: „%1“%2 gesendet, mit Erfolg beantwortet, aber der zurückgelesene Benutzer hat kein %3.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas advertises it all the same.</source>
        <translation>Der Dienst führt es unter /Schemas trotzdem auf.</translation>
    </message>
    <message>
        <source>Stored as sent: “%1”%2.</source>
        <extracomment>%2 is empty or a note in brackets, e.g. &quot; (sample)&quot;</extracomment>
        <translation>Wie gesendet gespeichert: „%1“%2.</translation>
    </message>
</context>
<context>
    <name>engine::OktaAiwDialect</name>
    <message>
        <source>Okta App Integration Wizard: PUT for every change, never DELETE.</source>
        <translation>Okta App Integration Wizard: PUT für jede Änderung, nie DELETE.</translation>
    </message>
    <message>
        <source>Okta app built with the wizard</source>
        <translation>Mit dem Assistenten erstellte Okta-App</translation>
    </message>
    <message>
        <source>Pick this if you created the app yourself with Okta&apos;s App Integration Wizard (a SAML or SWA app with SCIM provisioning).</source>
        <translation>Wählen Sie dies, wenn Sie die App selbst mit dem App Integration Wizard von Okta erstellt haben (eine SAML- oder SWA-App mit SCIM-Bereitstellung).</translation>
    </message>
</context>
<context>
    <name>engine::OktaDialect</name>
    <message>
        <source>Okta catalog (OIN) app: PUT for profiles, path-less PATCH to deactivate, membership PATCH plus a rename PATCH.</source>
        <translation>Okta-Katalog-App (OIN): PUT für Profile, PATCH ohne Pfad zum Deaktivieren, PATCH für Mitgliedschaften plus ein PATCH zum Umbenennen.</translation>
    </message>
    <message>
        <source>Okta marks the deactivation as failed; the leaver keeps an active account until an admin retries the task in Okta.</source>
        <translation>Okta markiert die Deaktivierung als fehlgeschlagen; die austretende Person behält ein aktives Konto, bis ein Administrator die Aufgabe in Okta erneut ausführt.</translation>
    </message>
    <message>
        <source>Okta marks this user&apos;s assignment as failed and shows it under Tasks; an admin must fix the cause and retry. Okta retries throttled requests itself.</source>
        <translation>Okta markiert die Zuweisung dieses Benutzers als fehlgeschlagen und zeigt sie unter „Aufgaben“ an; ein Administrator muss die Ursache beheben und es erneut versuchen. Gedrosselte Anfragen wiederholt Okta selbst.</translation>
    </message>
    <message>
        <source>Okta catalog app</source>
        <translation>Okta-Katalog-App</translation>
    </message>
    <message>
        <source>Pick this if you added the service provider&apos;s app from the Okta Integration Network catalog.</source>
        <translation>Wählen Sie dies, wenn Sie die App des Dienstanbieters aus dem Katalog des Okta Integration Network hinzugefügt haben.</translation>
    </message>
</context>
<context>
    <name>engine::OutcomeLook</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>a run that could not be carried out (the endpoint unreachable, bad input)</extracomment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>engine::PilotRun</name>
    <message>
        <source>Look for the user before creating it</source>
        <translation>Vor dem Anlegen nach dem Benutzer suchen</translation>
    </message>
    <message>
        <source>Create the user (joiner)</source>
        <translation>Benutzer anlegen (Eintritt)</translation>
    </message>
    <message>
        <source>Read the user back</source>
        <translation>Benutzer zurücklesen</translation>
    </message>
    <message>
        <source>Find the user by userName</source>
        <translation>Benutzer über userName finden</translation>
    </message>
    <message>
        <source>Find it with the userName in capitals</source>
        <translation>Benutzer über userName in Großbuchstaben finden</translation>
    </message>
    <message>
        <source>A second create is refused (409)</source>
        <translation>Ein zweites Erstellen wird abgelehnt (409)</translation>
    </message>
    <message>
        <source>Change the user (mover)</source>
        <translation>Benutzer ändern (Wechsel)</translation>
    </message>
    <message>
        <source>The change is stored</source>
        <translation>Die Änderung ist gespeichert</translation>
    </message>
    <message>
        <source>Add the user to the group</source>
        <translation>Benutzer zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>The user is a member</source>
        <translation>Der Benutzer ist Mitglied</translation>
    </message>
    <message>
        <source>Remove the user from the group</source>
        <translation>Benutzer aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Deactivate the user (leaver)</source>
        <translation>Benutzer deaktivieren (Austritt)</translation>
    </message>
    <message>
        <source>The user is inactive</source>
        <translation>Der Benutzer ist inaktiv</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>The user is gone (404)</source>
        <translation>Der Benutzer ist entfernt (404)</translation>
    </message>
    <message>
        <source>Entra ID would not: it quarantines the app. Answer 200 with an empty list.</source>
        <translation>Entra ID würde das nicht: Es setzt die App in Quarantäne. Antworten Sie mit 200 und einer leeren Liste.</translation>
    </message>
    <message>
        <source>A brand-new userName matched %1 users: the filter is ignored.</source>
        <extracomment>%1 is the number of users the filter matched</extracomment>
        <translation>Ein ganz neuer userName ergab %1 Treffer: Der Filter wird ignoriert.</translation>
    </message>
    <message>
        <source>The IdP would link the new person to an existing account — the classic duplicate or wrong-account bug.</source>
        <translation>Der IdP würde die neue Person mit einem vorhandenen Konto verknüpfen – der klassische Fehler mit Duplikaten oder falschem Konto.</translation>
    </message>
    <message>
        <source>No user named %1 yet, as expected.</source>
        <extracomment>%1 is the test user&apos;s userName</extracomment>
        <translation>Noch kein Benutzer namens %1, wie erwartet.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>HTTP %1 without the new user&apos;s id.</source>
        <extracomment>%1 is the HTTP status code of the create request</extracomment>
        <translation>HTTP %1 ohne die id des neuen Benutzers.</translation>
    </message>
    <message>
        <source>The IdP needs the id to change or remove the user later. %1</source>
        <extracomment>%1 is a sentence on what the identity provider does on this failure</extracomment>
        <translation>Der IdP braucht die id, um den Benutzer später zu ändern oder zu entfernen. %1</translation>
    </message>
    <message>
        <source>Created with HTTP %1 rather than 201.</source>
        <extracomment>%1 is the HTTP status code of the create request</extracomment>
        <translation>Mit HTTP %1 statt 201 erstellt.</translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 says 201 Created.</source>
        <translation>Entra ID und Okta akzeptieren das; RFC 7644 schreibt 201 Created vor.</translation>
    </message>
    <message>
        <source>Not run: the user could not be created.</source>
        <translation>Nicht ausgeführt: Der Benutzer konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Zurückgelesen</translation>
    </message>
    <message>
        <source>The user read back differs: userName “%1”, externalId “%2”.</source>
        <extracomment>%1 is the userName the service holds, %2 the externalId it holds</extracomment>
        <translation>Der zurückgelesene Benutzer weicht ab: userName „%1“, externalId „%2“.</translation>
    </message>
    <message>
        <source>Values must round-trip unchanged, or the IdP keeps “correcting” them every cycle.</source>
        <translation>Werte müssen unverändert zurückkommen, sonst „korrigiert“ der IdP sie in jedem Zyklus erneut.</translation>
    </message>
    <message>
        <source>The filter userName eq &quot;%1&quot; returned %2 users.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 the number of users returned</extracomment>
        <translation>Der Filter userName eq &quot;%1&quot; lieferte %2 Benutzer.</translation>
    </message>
    <message>
        <source>The IdP matches existing accounts by this filter; without it, it creates duplicates.</source>
        <translation>Der IdP gleicht vorhandene Konten über diesen Filter ab; ohne ihn legt er Duplikate an.</translation>
    </message>
    <message>
        <source>Found with %1</source>
        <translation>Gefunden mit %1</translation>
    </message>
    <message>
        <source>%1 found nothing: userName is compared case-sensitively.</source>
        <extracomment>%1 is the test user&apos;s userName in capital letters</extracomment>
        <translation>Mit %1 wurde nichts gefunden: userName wird unter Beachtung der Groß-/Kleinschreibung verglichen.</translation>
    </message>
    <message>
        <source>RFC 7643 makes userName case-insensitive and Okta&apos;s own test expects a match; a person whose address changes case would get a second account.</source>
        <translation>Nach RFC 7643 ist userName unabhängig von Groß-/Kleinschreibung, und Oktas eigener Test erwartet einen Treffer; eine Person, deren Adresse sich in der Schreibweise ändert, bekäme ein zweites Konto.</translation>
    </message>
    <message>
        <source>A second user with the same userName was created (%1).</source>
        <extracomment>%1 is the id of the duplicate user at the service</extracomment>
        <translation>Ein zweiter Benutzer mit demselben userName wurde erstellt (%1).</translation>
    </message>
    <message>
        <source>The service must answer 409 with scimType uniqueness; otherwise every retry by the IdP creates another account. (The duplicate is removed by the cleanup.)</source>
        <translation>Der Dienst muss mit 409 und scimType uniqueness antworten; sonst legt jeder erneute Versuch des IdP ein weiteres Konto an. (Das Duplikat wird bei der Bereinigung entfernt.)</translation>
    </message>
    <message>
        <source>Refused with 409%1.</source>
        <extracomment>%1 is empty or the SCIM error type in brackets, e.g. &quot; (uniqueness)&quot;</extracomment>
        <translation>Mit 409%1 abgelehnt.</translation>
    </message>
    <message>
        <source>Refused, but with %1 rather than 409.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>Abgelehnt, aber mit %1 statt 409.</translation>
    </message>
    <message>
        <source>Okta needs 409 to recognise an existing account; another answer shows as an error.</source>
        <translation>Okta braucht 409, um ein vorhandenes Konto zu erkennen; eine andere Antwort erscheint als Fehler.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%1 is “%2”, expected “%3”</source>
        <extracomment>%1 is a SCIM attribute, %2 the value the service stored, %3 the value sent</extracomment>
        <translation>%1 ist „%2“, erwartet „%3“</translation>
    </message>
    <message>
        <source>The service answered the change with success but did not store it; the IdP will send it again every cycle and the account stays out of date.</source>
        <translation>Der Dienst hat die Änderung mit Erfolg beantwortet, sie aber nicht gespeichert; der IdP sendet sie in jedem Zyklus erneut, und das Konto bleibt veraltet.</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <extracomment>%1 is the display name of the group at the service</extracomment>
        <translation>Zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>The group could not be read.</source>
        <translation>Die Gruppe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 the display name of the group at the service</extracomment>
        <translation>%1 ist Mitglied von %2.</translation>
    </message>
    <message>
        <source>The user is not a member after the add was answered with success.</source>
        <translation>Der Benutzer ist kein Mitglied, obwohl das Hinzufügen mit Erfolg beantwortet wurde.</translation>
    </message>
    <message>
        <source>The service ignores this membership request shape; group-based access would never be granted.</source>
        <translation>Der Dienst ignoriert diese Form der Mitgliedschaftsanfrage; gruppenbasierter Zugriff würde nie gewährt.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>The remove was answered with success, but the user is still a member.</source>
        <translation>Das Entfernen wurde mit Erfolg beantwortet, aber der Benutzer ist noch Mitglied.</translation>
    </message>
    <message>
        <source>The service ignores this removal shape; leavers would keep group access. %1</source>
        <extracomment>%1 is a sentence on what the identity provider does on this failure</extracomment>
        <translation>Der Dienst ignoriert diese Form des Entfernens; ausgetretene Benutzer behielten den Gruppenzugriff. %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not judged: the deactivation itself was refused.</source>
        <translation>Nicht bewertet: Die Deaktivierung selbst wurde abgelehnt.</translation>
    </message>
    <message>
        <source>active is stored as the string “%1”.</source>
        <extracomment>%1 is the value stored for active, e.g. False</extracomment>
        <translation>active ist als Zeichenkette „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The service kept Entra&apos;s string as it came; RFC 7643 makes active a boolean, and other clients may read it as true.</source>
        <translation>Der Dienst hat die Zeichenkette von Entra unverändert übernommen; nach RFC 7643 ist active ein Boolescher Wert, und andere Clients lesen ihn womöglich als true.</translation>
    </message>
    <message>
        <source>The user is still active after the deactivation was answered with success.</source>
        <translation>Der Benutzer ist noch aktiv, obwohl die Deaktivierung mit Erfolg beantwortet wurde.</translation>
    </message>
    <message>
        <source>A leaver keeps access. Services that handle only a PATCH with path &quot;active&quot; miss Okta&apos;s path-less shape.</source>
        <translation>Ein ausgetretener Benutzer behält den Zugriff. Dienste, die nur einen PATCH mit dem Pfad &quot;active&quot; verarbeiten, verpassen Oktas Form ohne Pfad.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>The user can still be read after the delete (%1).</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>Der Benutzer kann nach dem Löschen noch gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Entra ID believes the account is gone while it remains. (The cleanup tries again.)</source>
        <translation>Entra ID hält das Konto für entfernt, obwohl es weiter besteht. (Die Bereinigung versucht es erneut.)</translation>
    </message>
    <message>
        <source>Not sent: the user could not be read to confirm it is the console&apos;s (%1)</source>
        <translation>Nicht gesendet: Der Benutzer konnte nicht gelesen werden, um zu bestätigen, dass er von der Konsole stammt (%1)</translation>
    </message>
    <message>
        <source>Not sent: %1 does not carry this run&apos;s marker (externalId “%2”), so it is not the console&apos;s to change.</source>
        <translation>Nicht gesendet: %1 trägt nicht die Markierung dieses Laufs (externalId „%2“) und darf daher von der Konsole nicht geändert werden.</translation>
    </message>
    <message>
        <source>The console writes only to objects it created in this run. Send this report to the service provider.</source>
        <translation>Die Konsole schreibt nur in Objekte, die sie in diesem Lauf erstellt hat. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The service answered with an id that cannot name one user: %1.</source>
        <extracomment>%1 is the reason, e.g. &quot;the id “..” is a path step, not a name&quot;</extracomment>
        <translation>Der Dienst antwortete mit einer id, die nicht genau einen Benutzer bezeichnen kann: %1.</translation>
    </message>
    <message>
        <source>The console stops here: a request built from this id could reach another resource. The cleanup looks the user up by its userName and this run&apos;s marker. Send this report to the service provider.</source>
        <translation>Die Konsole hört hier auf: Eine aus dieser id gebildete Anfrage könnte eine andere Ressource treffen. Die Bereinigung sucht den Benutzer über seinen userName und die Markierung dieses Laufs. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The user read back has the id “%1”, not “%2” as the create answered.</source>
        <extracomment>%1 is the id the service gave when reading back, %2 the id its create answer gave</extracomment>
        <translation>Der zurückgelesene Benutzer hat die id „%1“, nicht „%2“ wie in der Antwort auf das Erstellen.</translation>
    </message>
    <message>
        <source>The console stops here: it changes only the object it created. Send this report to the service provider.</source>
        <translation>Die Konsole hört hier auf: Sie ändert nur das Objekt, das sie erstellt hat. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Not run: the service changed the user&apos;s id.</source>
        <translation>Nicht ausgeführt: Der Dienst hat die id des Benutzers geändert.</translation>
    </message>
    <message>
        <source>Not run: the user no longer carries this run&apos;s marker.</source>
        <translation>Nicht ausgeführt: Der Benutzer trägt die Markierung dieses Laufs nicht mehr.</translation>
    </message>
    <message>
        <source>Reading it back gives 404: the service no longer shows it over SCIM (some services keep a deleted account&apos;s record where SCIM cannot see it).</source>
        <translation>Zurücklesen ergibt 404: Der Dienst zeigt ihn über SCIM nicht mehr an (manche Dienste behalten den Datensatz eines gelöschten Kontos dort, wo SCIM ihn nicht sieht).</translation>
    </message>
    <message>
        <source>HTTP 404 for a filter that matches no one; %1 tolerates it.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>HTTP 404 für einen Filter, der niemanden findet; %1 toleriert das.</translation>
    </message>
    <message>
        <source>%1 never deletes users: it deactivates them. The cleanup still removes this one.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>%1 löscht nie Benutzer, sondern deaktiviert sie. Die Bereinigung entfernt diesen Benutzer trotzdem.</translation>
    </message>
    <message>
        <source>Not run: the manager could not be created.</source>
        <translation>Nicht ausgeführt: Der Vorgesetzte konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>%1 erstellt (%2)</translation>
    </message>
    <message>
        <source>The manager was created without an id that names one user.</source>
        <translation>Der Vorgesetzte wurde ohne eine id erstellt, die genau einen Benutzer bezeichnet.</translation>
    </message>
    <message>
        <source>Manager set to %1</source>
        <extracomment>%1 is the test manager&apos;s id at the service</extracomment>
        <translation>Vorgesetzter auf %1 gesetzt</translation>
    </message>
    <message>
        <source>(Found by creating test users with halves of the attributes: the service&apos;s error named none.)</source>
        <translation>(Ermittelt durch Anlegen von Testbenutzern mit jeweils der Hälfte der Attribute: Die Fehlermeldung des Dienstes nannte keines.)</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas could not be read (%1), so what it advertises is not compared.</source>
        <translation>Die /Schemas des Dienstes konnten nicht gelesen werden (%1), daher wird nicht mit seinen Angaben verglichen.</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Gefunden über %1</translation>
    </message>
    <message>
        <source>Create the user&apos;s manager</source>
        <translation>Vorgesetzten des Benutzers erstellen</translation>
    </message>
    <message>
        <source>Set the manager (a follow-up PATCH)</source>
        <translation>Vorgesetzten festlegen (ein nachfolgender PATCH)</translation>
    </message>
    <message>
        <source>The service refused the user as %1 sends it, because of %2; it took the user without them, so the rest of the pilot ran with that user.</source>
        <extracomment>%1 is the identity provider, e.g. Entra ID, %2 a list of SCIM attributes</extracomment>
        <translation>Der Dienst hat den Benutzer, wie %1 ihn sendet, wegen %2 abgelehnt; ohne diese Attribute hat er ihn angenommen, daher lief der restliche Pilot mit diesem Benutzer.</translation>
    </message>
    <message>
        <source>Until the rows for these attributes are deleted from the mapping (see the mapping steps), %1 fails every user. %2</source>
        <extracomment>%1 is the identity provider, %2 a sentence on what it does on this failure</extracomment>
        <translation>Solange die Zeilen für diese Attribute nicht aus der Zuordnung gelöscht sind (siehe die Zuordnungsschritte), scheitert %1 bei jedem Benutzer. %2</translation>
    </message>
    <message>
        <source>Not checked: the user could not be read back.</source>
        <translation>Nicht geprüft: Der Benutzer konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Not checked: the manager could not be set.</source>
        <translation>Nicht geprüft: Der Vorgesetzte konnte nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>The service answered %1 to the filtered member lookup (GET /Groups?filter=members[value eq …]), so the console read the whole group instead: one more request, and on a large group a large answer.</source>
        <extracomment>%1 is the HTTP status code; keep the request text in brackets as it is</extracomment>
        <translation>Der Dienst hat die gefilterte Mitgliedersuche (GET /Groups?filter=members[value eq …]) mit %1 beantwortet, daher hat die Konsole stattdessen die ganze Gruppe gelesen: eine Anfrage mehr und bei einer großen Gruppe eine große Antwort.</translation>
    </message>
</context>
<context>
    <name>engine::Run</name>
    <message>
        <source>Not run: the run was cancelled.</source>
        <translation>Nicht ausgeführt: Der Lauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>engine::RunHistory</name>
    <message>
        <source>Could not create the history folder %1.</source>
        <extracomment>%1 is the folder&apos;s path</extracomment>
        <translation>Der Verlaufsordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not keep the run in the history: %1</source>
        <extracomment>%1 is the system&apos;s error message; &quot;run&quot; is a verify/pilot run&apos;s result</extracomment>
        <translation>Der Lauf konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <extracomment>%1 is the file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a run result of this tool.</source>
        <extracomment>%1 is the file path; &quot;run result&quot; is a saved verify/pilot result</extracomment>
        <translation>%1 ist kein Laufergebnis dieses Programms.</translation>
    </message>
</context>
<context>
    <name>engine::RunResult</name>
    <message>
        <source>Stopped: the run was cancelled while this request was under way.</source>
        <translation>Angehalten: Der Lauf wurde abgebrochen, während diese Anfrage lief.</translation>
    </message>
</context>
<context>
    <name>engine::RunSummary</name>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>%n is a number of steps (checks) that passed, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>%n is a number of steps (checks) that failed, part of a list like &quot;14 passed, 1 failed&quot;</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>%n is a number of warnings, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n is a number of steps (checks) skipped, part of a list like &quot;14 passed, 2 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n is a number of steps (checks) cancelled, part of a list like &quot;3 passed, 5 cancelled&quot;</extracomment>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>keine Schritte</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the counts, e.g. &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Group preview</source>
        <comment>service group</comment>
        <translation>Gruppenvorschau</translation>
    </message>
    <message>
        <source>Group confirmation</source>
        <comment>service group</comment>
        <translation>Gruppenbestätigung</translation>
    </message>
    <message>
        <source>Verify of %1</source>
        <extracomment>the first line of a run&apos;s table in the terminal; %1 is the SCIM endpoint URL</extracomment>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <source>Pilot of %1</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Pilot mit %1</translation>
    </message>
    <message>
        <source>Group preview of %1</source>
        <comment>service group</comment>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Gruppenvorschau für %1</translation>
    </message>
    <message>
        <source>Group confirmation of %1</source>
        <comment>service group</comment>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Gruppenbestätigung für %1</translation>
    </message>
    <message>
        <source>Cleanup of %1</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Bereinigung von %1</translation>
    </message>
    <message>
        <source>Run “%1” of %2</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one; %2 the SCIM endpoint URL</extracomment>
        <translation>Lauf „%1“ für %2</translation>
    </message>
    <message>
        <source>SCIM verify report</source>
        <translation>SCIM-Prüfbericht</translation>
    </message>
    <message>
        <source>SCIM pilot report</source>
        <translation>SCIM-Pilotbericht</translation>
    </message>
    <message>
        <source>SCIM group preview report</source>
        <comment>service group</comment>
        <translation>SCIM-Bericht zur Gruppenvorschau</translation>
    </message>
    <message>
        <source>SCIM group confirmation report</source>
        <comment>service group</comment>
        <translation>SCIM-Bericht zur Gruppenbestätigung</translation>
    </message>
    <message>
        <source>SCIM cleanup report</source>
        <translation>SCIM-Bereinigungsbericht</translation>
    </message>
    <message>
        <source>SCIM report (run “%1”)</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>SCIM-Bericht (Lauf „%1“)</translation>
    </message>
    <message>
        <source>Verify passed</source>
        <extracomment>the headline of a run; &quot;could not run&quot;: it could not reach the endpoint at all</extracomment>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <source>Verify failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verify could not run</source>
        <translation>Prüfung konnte nicht laufen</translation>
    </message>
    <message>
        <source>Verify cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>Pilot passed</source>
        <translation>Pilot bestanden</translation>
    </message>
    <message>
        <source>Pilot failed</source>
        <translation>Pilot fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pilot could not run</source>
        <translation>Pilot konnte nicht laufen</translation>
    </message>
    <message>
        <source>Pilot cancelled</source>
        <translation>Pilot abgebrochen</translation>
    </message>
    <message>
        <source>Group preview passed</source>
        <comment>service group</comment>
        <translation>Gruppenvorschau bestanden</translation>
    </message>
    <message>
        <source>Group preview failed</source>
        <comment>service group</comment>
        <translation>Gruppenvorschau fehlgeschlagen</translation>
    </message>
    <message>
        <source>Group preview could not run</source>
        <comment>service group</comment>
        <translation>Gruppenvorschau konnte nicht laufen</translation>
    </message>
    <message>
        <source>Group preview cancelled</source>
        <comment>service group</comment>
        <translation>Gruppenvorschau abgebrochen</translation>
    </message>
    <message>
        <source>Group confirmation passed</source>
        <comment>service group</comment>
        <translation>Gruppenbestätigung bestanden</translation>
    </message>
    <message>
        <source>Group confirmation failed</source>
        <comment>service group</comment>
        <translation>Gruppenbestätigung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Group confirmation could not run</source>
        <comment>service group</comment>
        <translation>Gruppenbestätigung konnte nicht laufen</translation>
    </message>
    <message>
        <source>Group confirmation cancelled</source>
        <comment>service group</comment>
        <translation>Gruppenbestätigung abgebrochen</translation>
    </message>
    <message>
        <source>Cleanup passed</source>
        <translation>Bereinigung bestanden</translation>
    </message>
    <message>
        <source>Cleanup failed</source>
        <translation>Bereinigung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cleanup could not run</source>
        <translation>Bereinigung konnte nicht laufen</translation>
    </message>
    <message>
        <source>Cleanup cancelled</source>
        <translation>Bereinigung abgebrochen</translation>
    </message>
    <message>
        <source>Run “%1” passed</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>Lauf „%1“ bestanden</translation>
    </message>
    <message>
        <source>Run “%1” failed</source>
        <translation>Lauf „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run “%1” could not run</source>
        <translation>Lauf „%1“ konnte nicht laufen</translation>
    </message>
    <message>
        <source>Run “%1” cancelled</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>Lauf „%1“ abgebrochen</translation>
    </message>
</context>
<context>
    <name>engine::Targets</name>
    <message>
        <source>The profile “%1” has no token stored; store the token you received for it first.</source>
        <extracomment>%1 is the profile&apos;s name; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Für das Profil „%1“ ist kein Token gespeichert; speichern Sie zuerst das Token, das Sie dafür erhalten haben.</translation>
    </message>
    <message>
        <source>“%1” is not an authentication mode; use one of %2.</source>
        <extracomment>%1 is the mode given, %2 the list of modes</extracomment>
        <translation>„%1“ ist kein Authentifizierungsmodus; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a client authentication method; use basic or form.</source>
        <extracomment>%1 is the value given for the OAuth client authentication method</extracomment>
        <translation>„%1“ ist keine Client-Authentifizierungsmethode; verwenden Sie basic oder form.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Kennwort ist leer.</translation>
    </message>
    <message>
        <source>The password contains an invisible control character; copy it again.</source>
        <translation>Das Kennwort enthält ein unsichtbares Steuerzeichen; kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The header token is empty.</source>
        <translation>Das Header-Token ist leer.</translation>
    </message>
    <message>
        <source>The header token contains an invisible control character; copy it again.</source>
        <translation>Das Header-Token enthält ein unsichtbares Steuerzeichen; kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Der geheime Clientschlüssel ist leer.</translation>
    </message>
    <message>
        <source>The client secret contains an invisible control character; copy it again.</source>
        <translation>Der geheime Clientschlüssel enthält ein unsichtbares Steuerzeichen; kopieren Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>engine::VerifyRun</name>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>The endpoint answers</source>
        <translation>Der Endpunkt antwortet</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>A request without a token is refused</source>
        <translation>Eine Anfrage ohne Token wird abgelehnt</translation>
    </message>
    <message>
        <source>A wrong token is refused</source>
        <translation>Ein falsches Token wird abgelehnt</translation>
    </message>
    <message>
        <source>The token is accepted</source>
        <translation>Das Token wird akzeptiert</translation>
    </message>
    <message>
        <source>Discovery: /ServiceProviderConfig</source>
        <translation>Ermittlung: /ServiceProviderConfig</translation>
    </message>
    <message>
        <source>Discovery: /ResourceTypes</source>
        <translation>Ermittlung: /ResourceTypes</translation>
    </message>
    <message>
        <source>Discovery: /Schemas</source>
        <translation>Ermittlung: /Schemas</translation>
    </message>
    <message>
        <source>Entra ID&apos;s Test Connection</source>
        <translation>„Verbindung testen“ von Entra ID</translation>
    </message>
    <message>
        <source>Okta&apos;s Test Connector Configuration</source>
        <translation>„Connector-Konfiguration testen“ von Okta</translation>
    </message>
    <message>
        <source>Groups can be listed</source>
        <translation>Gruppen können aufgelistet werden</translation>
    </message>
    <message>
        <source>Your group exists</source>
        <translation>Ihre Gruppe ist vorhanden</translation>
    </message>
    <message>
        <source>An unknown user id is 404</source>
        <translation>Eine unbekannte Benutzer-id ergibt 404</translation>
    </message>
    <message>
        <source>Answers are application/scim+json</source>
        <translation>Antworten sind application/scim+json</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Uhrzeit des Servers</translation>
    </message>
    <message>
        <source>Not run: the endpoint could not be reached safely.</source>
        <translation>Nicht ausgeführt: Der Endpunkt konnte nicht sicher erreicht werden.</translation>
    </message>
    <message>
        <source>Not judged: the token itself was refused (see auth-accepts-token).</source>
        <translation>Nicht bewertet: Das Token selbst wurde abgelehnt (siehe auth-accepts-token).</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint URL again from the message you received.</source>
        <translation>Kopieren Sie die SCIM-Endpunkt-URL erneut aus der Nachricht, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>The URL had spaces or line breaks around it; they were removed.</source>
        <translation>Die URL war von Leerzeichen oder Zeilenumbrüchen umgeben; sie wurden entfernt.</translation>
    </message>
    <message>
        <source>Paste it without them into your identity provider too.</source>
        <translation>Fügen Sie sie auch in Ihrem Identitätsanbieter ohne diese ein.</translation>
    </message>
    <message>
        <source>Plain http to %1, a test server on this computer (http is refused for any other host).</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Unverschlüsseltes http zu %1, einem Testserver auf diesem Computer (http wird für jeden anderen Host abgelehnt).</translation>
    </message>
    <message>
        <source>%1 — https, path %2.</source>
        <extracomment>%1 is the host name of the SCIM endpoint, %2 the URL&apos;s path, e.g. /scim/v2</extracomment>
        <translation>%1 – https, Pfad %2.</translation>
    </message>
    <message>
        <source>The server answered the connection (see the certificate step).</source>
        <translation>Der Server hat die Verbindung angenommen (siehe den Zertifikatsschritt).</translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no certificate to check.</source>
        <translation>Unverschlüsseltes http auf diesem Computer: Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate expired on %1. The service provider must renew it.</source>
        <extracomment>%1 is the certificate&apos;s expiry date (yyyy-MM-dd)</extracomment>
        <translation>Das Zertifikat ist am %1 abgelaufen. Der Dienstanbieter muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2: the URL may name the wrong host.</source>
        <extracomment>%1 is the host name the certificate is for, %2 the host name in the endpoint URL</extracomment>
        <translation>Das Zertifikat gilt für %1, nicht für %2: Die URL nennt möglicherweise den falschen Host.</translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over (%1). Send this report to the service provider.</source>
        <extracomment>%1 is the TLS error names; &quot;token&quot; is the SCIM bearer token or secret</extracomment>
        <translation>Die Verbindung ist nicht sicher genug, um das Token darüber zu senden (%1). Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The TLS connection was established.</source>
        <translation>Die TLS-Verbindung wurde hergestellt.</translation>
    </message>
    <message>
        <source>Refused with HTTP 401, as it should be.</source>
        <translation>Mit HTTP 401 abgelehnt, wie es sein soll.</translation>
    </message>
    <message>
        <source>Refused with HTTP 403.</source>
        <translation>Mit HTTP 403 abgelehnt.</translation>
    </message>
    <message>
        <source>Refusing is right; 401 is what RFC 7644 and the identity providers expect, and it makes a bad token easier to tell from missing permissions.</source>
        <translation>Ablehnen ist richtig; 401 erwarten RFC 7644 und die Identitätsanbieter, und damit lässt sich ein falsches Token leichter von fehlenden Berechtigungen unterscheiden.</translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong token: the endpoint does not check tokens — it is open to anyone.</source>
        <translation>HTTP %1 mit einem falschen Token: Der Endpunkt prüft keine Tokens – er ist für jeden offen.</translation>
    </message>
    <message>
        <source>HTTP %1 without any token: the endpoint is open to anyone.</source>
        <translation>HTTP %1 ganz ohne Token: Der Endpunkt ist für jeden offen.</translation>
    </message>
    <message>
        <source>Stop here. Do not connect an identity provider until the service provider fixes authentication; anyone could read and change your users.</source>
        <translation>Halten Sie hier an. Verbinden Sie keinen Identitätsanbieter, bis der Dienstanbieter die Authentifizierung behoben hat; jeder könnte Ihre Benutzer lesen und ändern.</translation>
    </message>
    <message>
        <source>Refused, but with HTTP %1 rather than 401. %2</source>
        <extracomment>%1 is the HTTP status code, %2 a sentence describing the answer</extracomment>
        <translation>Abgelehnt, aber mit HTTP %1 statt 401. %2</translation>
    </message>
    <message>
        <source>GET /Users with the token: %1.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>GET /Users mit dem Token: %1.</translation>
    </message>
    <message>
        <source>Neither Entra ID nor Okta needs it to provision users; some tools and auditors read it.</source>
        <translation>Weder Entra ID noch Okta benötigen es für die Bereitstellung von Benutzern; manche Tools und Prüfer lesen es.</translation>
    </message>
    <message>
        <source>It says PATCH is not supported.</source>
        <translation>Die Konfiguration gibt an, dass PATCH nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Entra ID changes group membership with PATCH only. If the service really lacks PATCH, groups will not provision from Entra ID.</source>
        <translation>Entra ID ändert Gruppenmitgliedschaften nur mit PATCH. Fehlt PATCH dem Dienst wirklich, werden Gruppen aus Entra ID nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>PATCH supported; filter %1.</source>
        <extracomment>%1 is &quot;supported&quot; or &quot;not supported&quot; (translated separately)</extracomment>
        <translation>PATCH unterstützt; Filter %1.</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is not listed (found: %2).</source>
        <extracomment>%1 is a SCIM resource type or schema name, %2 a list of those found</extracomment>
        <translation>%1 ist nicht aufgeführt (gefunden: %2).</translation>
    </message>
    <message>
        <source>Lists %1.</source>
        <extracomment>%1 is a comma-separated list of SCIM resource types or schemas, e.g. User, Group</extracomment>
        <translation>Führt %1 auf.</translation>
    </message>
    <message>
        <source>Entra ID treats 404 here as an error: Test Connection fails and, during provisioning, the app is quarantined after repeated failures. The service must answer 200 with an empty list.</source>
        <translation>Entra ID wertet 404 hier als Fehler: „Verbindung testen“ schlägt fehl, und während der Bereitstellung wird die App nach wiederholten Fehlern in Quarantäne gesetzt. Der Dienst muss mit 200 und einer leeren Liste antworten.</translation>
    </message>
    <message>
        <source>Entra ID expects a ListResponse; send this report to the service provider.</source>
        <translation>Entra ID erwartet eine ListResponse; senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>startIndex and itemsPerPage must be present.</source>
        <translation>startIndex und itemsPerPage müssen vorhanden sein.</translation>
    </message>
    <message>
        <source>Okta&apos;s test reads totalResults, startIndex and itemsPerPage as integers; send this report to the service provider.</source>
        <translation>Der Test von Okta liest totalResults, startIndex und itemsPerPage als Ganzzahlen; senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>startIndex=1&amp;count=2 → a ListResponse of %1 users with integer counts.</source>
        <extracomment>%1 is the total number of users the service reports; keep the query text as it is</extracomment>
        <translation>startIndex=1&amp;count=2 → eine ListResponse mit %1 Benutzern und ganzzahligen Angaben.</translation>
    </message>
    <message>
        <source>Both identity providers list groups to link them; send this report to the service provider.</source>
        <translation>Beide Identitätsanbieter listen Gruppen auf, um sie zu verknüpfen; senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <extracomment>%n is the total number of groups at the service</extracomment>
        <translation>
            <numerusform>%n Gruppe.</numerusform>
            <numerusform>%n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group given.</source>
        <translation>Keine Gruppe angegeben.</translation>
    </message>
    <message>
        <source>No group has the id %1.</source>
        <extracomment>%1 is the group id given for the service&apos;s group</extracomment>
        <translation>Keine Gruppe hat die id %1.</translation>
    </message>
    <message>
        <source>Check the group details you received; ids are exact, letter case included.</source>
        <translation>Prüfen Sie die erhaltenen Gruppenangaben; ids sind exakt, einschließlich Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <extracomment>%1 is the group name given for the service&apos;s group</extracomment>
        <translation>Keine Gruppe heißt „%1“.</translation>
    </message>
    <message>
        <source>Check the group name you received, letter for letter; the service provider creates this group for you.</source>
        <translation>Prüfen Sie den erhaltenen Gruppennamen Buchstabe für Buchstabe; der Dienstanbieter legt diese Gruppe für Sie an.</translation>
    </message>
    <message>
        <source>%1 groups are named “%2”.</source>
        <extracomment>%1 is the number of groups with that name, %2 the group name</extracomment>
        <translation>%1 Gruppen heißen „%2“.</translation>
    </message>
    <message>
        <source>Use the group&apos;s id instead of its name, so the right one is linked.</source>
        <translation>Verwenden Sie die id der Gruppe statt ihres Namens, damit die richtige verknüpft wird.</translation>
    </message>
    <message>
        <source>“%1” (id %2).</source>
        <extracomment>%1 is the group&apos;s display name at the service, %2 its id</extracomment>
        <translation>„%1“ (id %2).</translation>
    </message>
    <message>
        <source>Found %1 The answer still lists members although they were excluded.</source>
        <extracomment>%1 is the group found, e.g. “Pilot” (id 42).</extracomment>
        <translation>Gefunden: %1 Die Antwort führt noch Mitglieder auf, obwohl sie ausgeschlossen wurden.</translation>
    </message>
    <message>
        <source>Entra ID always asks for groups without members; a service that sends them anyway gets slow and may time out as the group grows.</source>
        <translation>Entra ID fragt Gruppen immer ohne Mitglieder ab; ein Dienst, der sie trotzdem sendet, wird langsam und kann mit wachsender Gruppe in ein Timeout laufen.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <extracomment>%1 is the group found, e.g. “Pilot” (id 42).</extracomment>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>HTTP 404 with a SCIM Error body.</source>
        <translation>HTTP 404 mit einem SCIM-Error-Inhalt.</translation>
    </message>
    <message>
        <source>HTTP 404, but without a SCIM Error body.</source>
        <translation>HTTP 404, aber ohne SCIM-Error-Inhalt.</translation>
    </message>
    <message>
        <source>Identity providers cope, but their logs will show no reason; RFC 7644 asks for an Error body.</source>
        <translation>Identitätsanbieter kommen damit zurecht, aber ihre Protokolle zeigen keinen Grund; RFC 7644 verlangt einen Error-Inhalt.</translation>
    </message>
    <message>
        <source>HTTP %1 for a user that cannot exist.</source>
        <extracomment>%1 is the HTTP status code, e.g. 200</extracomment>
        <translation>HTTP %1 für einen Benutzer, den es nicht geben kann.</translation>
    </message>
    <message>
        <source>The identity provider would believe a deleted user still exists; send this report to the service provider.</source>
        <translation>Der Identitätsanbieter würde glauben, dass ein gelöschter Benutzer noch existiert; senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 404. %2</source>
        <extracomment>%1 is the HTTP status code, %2 a sentence describing the answer</extracomment>
        <translation>HTTP %1 statt 404. %2</translation>
    </message>
    <message>
        <source>No answer with a body to look at.</source>
        <translation>Keine Antwort mit einem Inhalt, der sich prüfen ließe.</translation>
    </message>
    <message>
        <source>Content-Type is %1.</source>
        <extracomment>%1 is the Content-Type header value, e.g. application/json
----------
%1 is the Content-Type header value, e.g. text/html</extracomment>
        <translation>Content-Type ist %1.</translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 asks for application/scim+json, and stricter clients may refuse.</source>
        <translation>Entra ID und Okta akzeptieren das; RFC 7644 verlangt application/scim+json, und strengere Clients lehnen es möglicherweise ab.</translation>
    </message>
    <message>
        <source>A SCIM service answers with application/scim+json; this looks like a different service.</source>
        <translation>Ein SCIM-Dienst antwortet mit application/scim+json; das sieht nach einem anderen Dienst aus.</translation>
    </message>
    <message>
        <source>The token is not a JWT: it carries no expiry the console can read.</source>
        <translation>Das Token ist kein JWT: Es enthält kein Ablaufdatum, das die Konsole lesen kann.</translation>
    </message>
    <message>
        <source>Ask the service provider whether and when it expires.</source>
        <translation>Fragen Sie den Dienstanbieter, ob und wann es abläuft.</translation>
    </message>
    <message>
        <source>A JWT without an expiry (exp).</source>
        <translation>Ein JWT ohne Ablaufdatum (exp).</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <extracomment>%1 is the token&apos;s expiry date and time; &quot;token&quot; is the SCIM bearer token</extracomment>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s).</source>
        <extracomment>%1 is the token&apos;s expiry date and time, %n the number of days until then</extracomment>
        <translation>
            <numerusform>Das Token läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Das Token läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new token now; provisioning stops the day it expires.</source>
        <translation>Fordern Sie jetzt ein neues Token an; die Bereitstellung endet an dem Tag, an dem es abläuft.</translation>
    </message>
    <message>
        <source>Expires on %1 (in %2 days).</source>
        <extracomment>%1 is the token&apos;s expiry date and time, %2 the number of days until then</extracomment>
        <translation>Läuft am %1 ab (in %2 Tagen).</translation>
    </message>
    <message>
        <source>The answer carried no readable Date header.</source>
        <translation>Die Antwort enthielt keinen lesbaren Date-Header.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 minutes off from this computer&apos;s.</source>
        <extracomment>%1 is the clock difference in minutes</extracomment>
        <translation>Die Uhr des Servers weicht um %1 Minuten von der dieses Computers ab.</translation>
    </message>
    <message>
        <source>Time-limited tokens and the two sides&apos; logs will disagree. Check this computer&apos;s clock; if it is right, tell the service provider.</source>
        <translation>Zeitlich begrenzte Tokens und die Protokolle beider Seiten werden nicht übereinstimmen. Prüfen Sie die Uhr dieses Computers; stimmt sie, informieren Sie den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Within %1 s of this computer&apos;s clock.</source>
        <extracomment>%1 is the clock difference in seconds</extracomment>
        <translation>Innerhalb von %1 s der Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Only matters if you connect %1; you chose %2.</source>
        <extracomment>%1 is the identity provider the check is about, %2 the one you chose, e.g. Okta</extracomment>
        <translation>Nur wichtig, wenn Sie %1 verbinden; Sie haben %2 gewählt.</translation>
    </message>
    <message>
        <source>No TLS session was established (see reachability).</source>
        <translation>Es wurde keine TLS-Sitzung aufgebaut (siehe reachability).</translation>
    </message>
    <message>
        <source>The server offers only TLS versions this computer refuses (TLS 1.0 or 1.1).</source>
        <translation>Der Server bietet nur TLS-Versionen an, die dieser Computer ablehnt (TLS 1.0 oder 1.1).</translation>
    </message>
    <message>
        <source>The server did not answer with TLS on this port.</source>
        <translation>Der Server hat auf diesem Port nicht mit TLS geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has a %1-bit %2 key, too small to be trusted.</source>
        <extracomment>%1 is a number of bits, %2 RSA or EC</extracomment>
        <translation>Der Schlüssel des Serverzertifikats (%2, %1 Bit) ist zu klein, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>The server and this computer share no cipher suite.</source>
        <translation>Der Server und dieser Computer haben keine gemeinsame Cipher-Suite.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <extracomment>%1 is a semicolon-separated list of TLS error messages</extracomment>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The certificate was refused: %1.</source>
        <extracomment>%1 is a comma-separated list of TLS error names, e.g. CertificateExpired</extracomment>
        <translation>Das Zertifikat wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Subject %1, issuer %2, expires %3.</source>
        <extracomment>%1 is the certificate&apos;s subject, %2 its issuer, %3 its expiry date (yyyy-MM-dd)</extracomment>
        <translation>Antragsteller %1, Aussteller %2, läuft ab am %3.</translation>
    </message>
    <message>
        <source>Entra ID requires TLS 1.2 and Okta refuses old versions too. The service provider must enable TLS 1.2 on the endpoint.</source>
        <translation>Entra ID verlangt TLS 1.2, und auch Okta lehnt alte Versionen ab. Der Dienstanbieter muss TLS 1.2 auf dem Endpunkt aktivieren.</translation>
    </message>
    <message>
        <source>The URL says https, but the server speaks plain http (or something else) on that port. Check the scheme and port in the endpoint URL.</source>
        <translation>Die URL nennt https, aber der Server spricht auf diesem Port unverschlüsseltes http (oder etwas anderes). Prüfen Sie Schema und Port in der Endpunkt-URL.</translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more (or EC keys of 256 bits or more). The service provider must replace the certificate.</source>
        <translation>Entra ID akzeptiert nur RSA-Schlüssel ab 2048 Bit (oder EC-Schlüssel ab 256 Bit). Der Dienstanbieter muss das Zertifikat ersetzen.</translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over. Send this report to the service provider.</source>
        <translation>Die Verbindung ist nicht sicher genug, um das Token darüber zu senden. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Entra ID matches users and groups with filters; without working filters it creates duplicates or links the wrong accounts.</source>
        <translation>Entra ID gleicht Benutzer und Gruppen mit Filtern ab; ohne funktionierende Filter legt es Duplikate an oder verknüpft die falschen Konten.</translation>
    </message>
    <message>
        <source>A random userName and a random group name each gave 200 with an empty list, as Entra ID expects.</source>
        <translation>Ein zufälliger userName und ein zufälliger Gruppenname ergaben jeweils 200 mit einer leeren Liste, wie Entra ID es erwartet.</translation>
    </message>
    <message>
        <source>The certificate does not come from an authority this computer trusts (%1). If your organisation inspects TLS or runs its own CA, give the console that CA&apos;s certificate as the profile&apos;s CA file. The console never turns certificate checks off.</source>
        <extracomment>%1 is the TLS error names, e.g. UnableToGetLocalIssuerCertificate</extracomment>
        <translation>Das Zertifikat stammt nicht von einer Zertifizierungsstelle, der dieser Computer vertraut (%1). Wenn Ihre Organisation TLS prüft oder eine eigene CA betreibt, geben Sie der Konsole das Zertifikat dieser CA als CA-Datei des Profils. Die Konsole schaltet Zertifikatsprüfungen nie ab.</translation>
    </message>
    <message>
        <source>Ask the service provider for a new token, store it in the profile, and update your identity provider.</source>
        <translation>Fordern Sie beim Dienstanbieter ein neues Token an, speichern Sie es im Profil und aktualisieren Sie Ihren Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Add the group details you received to the profile (its group name or id).</source>
        <translation>Ergänzen Sie das Profil um die erhaltenen Gruppenangaben (Gruppenname oder id).</translation>
    </message>
    <message>
        <source>Entra ID does not offer Basic authentication (username and password) for provisioning.</source>
        <translation>Entra ID bietet für die Bereitstellung keine Basic-Authentifizierung (Benutzername und Passwort) an.</translation>
    </message>
    <message>
        <source>Ask the service provider for a secret token or for OAuth client credentials, and store those in the profile instead.</source>
        <translation>Fordern Sie beim Dienstanbieter stattdessen ein geheimes Token oder OAuth-Clientanmeldeinformationen an und speichern Sie diese im Profil.</translation>
    </message>
    <message>
        <source>Entra ID always sends the token as “Bearer &lt;token&gt;”; it cannot send a bare header token.</source>
        <translation>Entra ID sendet das Token immer als „Bearer &lt;token&gt;“; ein bloßes Header-Token kann es nicht senden.</translation>
    </message>
    <message>
        <source>Verify with the bearer mode: if the service accepts “Bearer &lt;token&gt;”, Entra ID&apos;s Secret Token works.</source>
        <translation>Prüfen Sie mit dem Bearer-Modus: Akzeptiert der Dienst „Bearer &lt;token&gt;“, funktioniert das geheime Token von Entra ID.</translation>
    </message>
    <message>
        <source>Okta has no client credentials mode: its OAuth for SCIM is the authorization code grant only.</source>
        <translation>Okta hat keinen Modus für Clientanmeldeinformationen: Sein OAuth für SCIM ist nur der Autorisierungscode-Flow (authorization code grant).</translation>
    </message>
    <message>
        <source>Ask the service provider for a token Okta can send (its HTTP Header or OAuth Bearer Token modes) or for Basic credentials.</source>
        <translation>Fordern Sie beim Dienstanbieter ein Token an, das Okta senden kann (Modus HTTP Header oder OAuth Bearer Token), oder Basic-Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>A bearer token: Entra ID&apos;s Secret Token, Okta&apos;s OAuth Bearer Token or HTTP Header mode.</source>
        <translation>Ein Bearer-Token: das geheime Token von Entra ID, bei Okta der Modus OAuth Bearer Token oder HTTP Header.</translation>
    </message>
    <message>
        <source>A header token without the word Bearer: Okta&apos;s HTTP Header mode.</source>
        <translation>Ein Header-Token ohne das Wort Bearer: der Modus HTTP Header von Okta.</translation>
    </message>
    <message>
        <source>Basic authentication with username “%1”: Okta&apos;s Basic Auth mode.</source>
        <extracomment>%1 is the Basic authentication user name</extracomment>
        <translation>Basic-Authentifizierung mit Benutzername „%1“: der Modus Basic Auth von Okta.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials for client “%1”: Entra ID&apos;s OAuth2 client credentials grant.</source>
        <extracomment>%1 is the OAuth client id</extracomment>
        <translation>OAuth-2.0-Clientanmeldeinformationen für den Client „%1“: die OAuth2-Gewährung mit Clientanmeldeinformationen von Entra ID.</translation>
    </message>
    <message>
        <source>Not judged: the token endpoint could not be reached safely.</source>
        <translation>Nicht bewertet: Der Tokenendpunkt konnte nicht sicher erreicht werden.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s TLS failed. %1</source>
        <extracomment>%1 is a sentence on why the TLS connection failed; &quot;token endpoint&quot; is the OAuth server&apos;s URL</extracomment>
        <translation>TLS zum Tokenendpunkt ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>The token endpoint %1: %2</source>
        <extracomment>%1 is the OAuth token endpoint URL, %2 what went wrong, e.g. &quot;could not be found (DNS)&quot;</extracomment>
        <translation>Tokenendpunkt %1: %2</translation>
    </message>
    <message>
        <source>%1 answered over plain http on this computer.</source>
        <extracomment>%1 is the OAuth token endpoint URL</extracomment>
        <translation>%1 hat über unverschlüsseltes http auf diesem Computer geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered over TLS; certificate for %2 from %3, expires %4.</source>
        <extracomment>%1 is the token endpoint URL, %2 the certificate&apos;s subject, %3 its issuer, %4 its expiry date</extracomment>
        <translation>%1 hat über TLS geantwortet; Zertifikat für %2 von %3, läuft ab am %4.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s certificate expires in under 30 days; without it no access token, and provisioning stops.</source>
        <translation>Das Zertifikat des Tokenendpunkts läuft in weniger als 30 Tagen ab; ohne es gibt es kein Zugriffstoken, und die Bereitstellung endet.</translation>
    </message>
    <message>
        <source>the client id and secret in an HTTP Basic header</source>
        <translation>der Client-ID und dem geheimen Clientschlüssel in einem HTTP-Basic-Header</translation>
    </message>
    <message>
        <source>the client id and secret as form fields</source>
        <translation>der Client-ID und dem geheimen Clientschlüssel als Formularfeldern</translation>
    </message>
    <message>
        <source>An access token for client “%1”, obtained with %2.</source>
        <extracomment>%1 is the client id, %2 says how the client authenticated</extracomment>
        <translation>Ein Zugriffstoken für den Client „%1“, bezogen mit %2.</translation>
    </message>
    <message>
        <source>The same credentials in an HTTP Basic header were refused.</source>
        <translation>Dieselben Anmeldeinformationen in einem HTTP-Basic-Header wurden abgelehnt.</translation>
    </message>
    <message>
        <source>RFC 6749 says every token endpoint must accept HTTP Basic, and how Entra ID sends the client credentials is not published. Ask the service provider to accept both.</source>
        <translation>Laut RFC 6749 muss jeder Tokenendpunkt HTTP Basic akzeptieren, und wie Entra ID die Clientanmeldeinformationen sendet, ist nicht veröffentlicht. Bitten Sie den Dienstanbieter, beides zu akzeptieren.</translation>
    </message>
    <message>
        <source>The token endpoint issued an access token for a wrong client secret.</source>
        <translation>Der Tokenendpunkt hat für einen falschen geheimen Clientschlüssel ein Zugriffstoken ausgestellt.</translation>
    </message>
    <message>
        <source>Stop here: anyone who knows the client id gets in. The service provider must check the secret.</source>
        <translation>Halten Sie hier an: Wer die Client-ID kennt, kommt hinein. Der Dienstanbieter muss den geheimen Clientschlüssel prüfen.</translation>
    </message>
    <message>
        <source>No clear refusal: %1</source>
        <extracomment>%1 is an explanation of the token endpoint&apos;s answer to a wrong client secret</extracomment>
        <translation>Keine eindeutige Ablehnung: %1</translation>
    </message>
    <message>
        <source>A wrong secret should get HTTP 401 with invalid_client (RFC 6749 §5.2).</source>
        <translation>Ein falscher geheimer Clientschlüssel sollte HTTP 401 mit invalid_client ergeben (RFC 6749 §5.2).</translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and invalid_client, as it should be.</source>
        <extracomment>%1 is the HTTP status code from the OAuth token endpoint</extracomment>
        <translation>Mit HTTP %1 und invalid_client abgelehnt, wie es sein soll.</translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and “%2”.</source>
        <extracomment>%1 is the HTTP status code, %2 the OAuth error code the token endpoint returned</extracomment>
        <translation>Mit HTTP %1 und „%2“ abgelehnt.</translation>
    </message>
    <message>
        <source>Refusing is right; RFC 6749 §5.2 names it invalid_client, which tells a wrong secret from other problems.</source>
        <translation>Ablehnen ist richtig; RFC 6749 §5.2 nennt es invalid_client, was einen falschen geheimen Clientschlüssel von anderen Problemen unterscheidet.</translation>
    </message>
    <message>
        <source>No access token was issued (see oauth-grant).</source>
        <translation>Es wurde kein Zugriffstoken ausgestellt (siehe oauth-grant).</translation>
    </message>
    <message>
        <source>A JWT: expires %1, audience “%2”, issuer “%3”.</source>
        <extracomment>%1 the expiry, %2 the audience, %3 the issuer (each as the JWT says)</extracomment>
        <translation>Ein JWT: Ablauf %1, Zielgruppe „%2“, Aussteller „%3“.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Microsoft requires access tokens to live 60 minutes to 6 hours.</source>
        <translation>Microsoft verlangt, dass Zugriffstokens 60 Minuten bis 6 Stunden gültig sind.</translation>
    </message>
    <message>
        <source>The answer does not say how long the access token lives.</source>
        <translation>Die Antwort gibt nicht an, wie lange das Zugriffstoken gültig ist.</translation>
    </message>
    <message>
        <source>Without expires_in an IdP renews only when refused.</source>
        <translation>Ohne expires_in erneuert ein IdP das Token erst, wenn es abgelehnt wird.</translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n second(s).</source>
        <translation>
            <numerusform>Das Zugriffstoken ist %n Sekunde gültig.</numerusform>
            <numerusform>Das Zugriffstoken ist %n Sekunden gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n minute(s).</source>
        <extracomment>%n is the lifetime of an OAuth access token in minutes</extracomment>
        <translation>
            <numerusform>Das Zugriffstoken ist %n Minute gültig.</numerusform>
            <numerusform>Das Zugriffstoken ist %n Minuten gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console renews tokens as they expire; ask the service provider to change the lifetime before you connect Entra ID.</source>
        <translation>Die Konsole erneuert Tokens, wenn sie ablaufen; bitten Sie den Dienstanbieter, die Gültigkeitsdauer zu ändern, bevor Sie Entra ID verbinden.</translation>
    </message>
    <message>
        <source>Access tokens are renewed from the client secret (see oauth-token-lifetime); when the client secret expires only the service provider knows.</source>
        <translation>Zugriffstokens werden mit dem geheimen Clientschlüssel erneuert (siehe oauth-token-lifetime); wann der geheime Clientschlüssel abläuft, weiß nur der Dienstanbieter.</translation>
    </message>
    <message>
        <source>Ask when the client secret expires (Microsoft&apos;s rule for gallery apps: one to three years) and note the date.</source>
        <translation>Fragen Sie, wann der geheime Clientschlüssel abläuft (Microsofts Regel für Katalog-Apps: ein bis drei Jahre), und notieren Sie das Datum.</translation>
    </message>
    <message>
        <source>A password carries no expiry the console can read.</source>
        <translation>Ein Passwort enthält kein Ablaufdatum, das die Konsole lesen kann.</translation>
    </message>
    <message>
        <source>Ask the service provider whether the password expires.</source>
        <translation>Fragen Sie den Dienstanbieter, ob das Passwort abläuft.</translation>
    </message>
    <message>
        <source>The authentication mode suits the identity provider</source>
        <translation>Der Authentifizierungsmodus passt zum Identitätsanbieter</translation>
    </message>
    <message>
        <source>The token endpoint answers over sound TLS</source>
        <translation>Der Tokenendpunkt antwortet über einwandfreies TLS</translation>
    </message>
    <message>
        <source>The client credentials grant works</source>
        <translation>Die Gewährung mit Clientanmeldeinformationen funktioniert</translation>
    </message>
    <message>
        <source>A wrong client secret is refused</source>
        <translation>Ein falscher geheimer Clientschlüssel wird abgelehnt</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Gültigkeitsdauer des Zugriffstokens</translation>
    </message>
    <message>
        <source>A wrong password is refused</source>
        <translation>Ein falsches Passwort wird abgelehnt</translation>
    </message>
    <message>
        <source>Not run: no access token could be obtained (see oauth-grant).</source>
        <translation>Nicht ausgeführt: Es konnte kein Zugriffstoken bezogen werden (siehe oauth-grant).</translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong password: the endpoint does not check passwords — it is open to anyone who knows the username.</source>
        <extracomment>%1 is the HTTP status code, e.g. 200</extracomment>
        <translation>HTTP %1 mit einem falschen Passwort: Der Endpunkt prüft keine Passwörter – er ist für jeden offen, der den Benutzernamen kennt.</translation>
    </message>
    <message>
        <source>Not judged: the right client secret was not accepted either (see oauth-grant).</source>
        <translation>Nicht bewertet: Auch der richtige geheime Clientschlüssel wurde nicht akzeptiert (siehe oauth-grant).</translation>
    </message>
    <message>
        <source>Valid certificate for %1 from %2, expires %3.</source>
        <extracomment>%1 is the certificate&apos;s subject (host name), %2 its issuer, %3 its expiry date</extracomment>
        <translation>Gültiges Zertifikat für %1 von %2, läuft ab am %3.</translation>
    </message>
    <message>
        <source>TLS versions accepted</source>
        <translation>Akzeptierte TLS-Versionen</translation>
    </message>
    <message>
        <source>Entra ID&apos;s cipher suites</source>
        <translation>Cipher-Suites von Entra ID</translation>
    </message>
    <message>
        <source>Certificate key</source>
        <translation>Zertifikatsschlüssel</translation>
    </message>
    <message>
        <source>Certificate root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Ablauf des Zertifikats</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 requests per second sustained; median %2 ms, p95 %3 ms, p99 %4 ms over %5 read-only requests.</source>
        <extracomment>%1 requests per second, %2 %3 %4 milliseconds (median, 95th and 99th percentile), %5 requests</extracomment>
        <translation>Dauerhaft %1 Anfragen pro Sekunde; Median %2 ms, p95 %3 ms, p99 %4 ms bei %5 schreibgeschützten Anfragen.</translation>
    </message>
    <message>
        <source>%1 errors in a row under load, so the step stopped.</source>
        <extracomment>%1 is a number of errors in a row</extracomment>
        <translation>%1 Fehler in Folge unter Last, daher wurde der Schritt angehalten.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s cycles will meet the same failures, and Entra ID quarantines an app whose requests keep failing. Send this report to the service provider.</source>
        <translation>Die Zyklen des Identitätsanbieters treffen auf dieselben Fehler, und Entra ID setzt eine App in Quarantäne, deren Anfragen immer wieder fehlschlagen. Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Every 429 carried Retry-After.</source>
        <translation>Jede 429-Antwort enthielt Retry-After.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the 429 answers came without Retry-After.</source>
        <translation>
            <numerusform>%n der 429-Antworten kam ohne Retry-After.</numerusform>
            <numerusform>%n der 429-Antworten kamen ohne Retry-After.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 429 (too many requests) above %1 requests per second; Entra ID needs at least 25.</source>
        <extracomment>%1 is a rate in requests per second</extracomment>
        <translation>HTTP 429 (zu viele Anfragen) oberhalb von %1 Anfragen pro Sekunde; Entra ID braucht mindestens 25.</translation>
    </message>
    <message>
        <source>Okta waits as Retry-After asks. Entra ID does not slow down for custom apps and does not publish how it treats 429, so large cycles will keep meeting this limit.</source>
        <translation>Okta wartet, wie Retry-After es verlangt. Entra ID bremst bei benutzerdefinierten Apps nicht ab und veröffentlicht nicht, wie es 429 behandelt; große Zyklen stoßen daher weiter an diese Grenze.</translation>
    </message>
    <message>
        <source>Without Retry-After neither identity provider knows how long to wait; Entra ID does not slow down for custom apps at all.</source>
        <translation>Ohne Retry-After weiß keiner der beiden Identitätsanbieter, wie lange er warten soll; Entra ID bremst bei benutzerdefinierten Apps überhaupt nicht ab.</translation>
    </message>
    <message>
        <source>Ask the service provider to allow at least 25 requests per second for your tenant.</source>
        <translation>Bitten Sie den Dienstanbieter, für Ihren Mandanten mindestens 25 Anfragen pro Sekunde zuzulassen.</translation>
    </message>
    <message>
        <source>The limit is above Entra ID&apos;s 25 requests per second, but a 429 without Retry-After leaves the identity provider guessing how long to wait.</source>
        <translation>Die Grenze liegt über den 25 Anfragen pro Sekunde von Entra ID, aber bei einer 429-Antwort ohne Retry-After muss der Identitätsanbieter raten, wie lange er warten soll.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s gallery requirement is 25 requests per second; with answers this slow, every provisioning cycle takes longer.</source>
        <translation>Die Katalogvorgabe von Entra ID sind 25 Anfragen pro Sekunde; bei so langsamen Antworten dauert jeder Bereitstellungszyklus länger.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not answered within the step&apos;s bounds.</source>
        <extracomment>%n is the number of requests left unanswered; &quot;step&quot; is this load check</extracomment>
        <translation>
            <numerusform>%n Anfrage wurde nicht innerhalb der Grenzen des Schritts beantwortet.</numerusform>
            <numerusform>%n Anfragen wurden nicht innerhalb der Grenzen des Schritts beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Okta gives up on a request after 60 seconds without an answer; an endpoint that stalls under load fails provisioning tasks.</source>
        <translation>Okta gibt eine Anfrage nach 60 Sekunden ohne Antwort auf; ein Endpunkt, der unter Last hängt, lässt Bereitstellungsaufgaben scheitern.</translation>
    </message>
    <message>
        <source>Entra ID needs 25 requests per second; the slowest answer took %1 ms, well within Okta&apos;s 60 seconds.</source>
        <extracomment>%1 is the slowest answer in milliseconds</extracomment>
        <translation>Entra ID braucht 25 Anfragen pro Sekunde; die langsamste Antwort dauerte %1 ms, weit innerhalb der 60 Sekunden von Okta.</translation>
    </message>
    <message>
        <source>Not run: the endpoint did not accept the token (see auth-accepts-token).</source>
        <translation>Nicht ausgeführt: Der Endpunkt hat das Token nicht akzeptiert (siehe auth-accepts-token).</translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no TLS to check.</source>
        <translation>Unverschlüsseltes http auf diesem Computer: Es gibt kein TLS zu prüfen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Accepts %1.</source>
        <extracomment>%1 and %2 are lists of TLS versions, e.g. &quot;TLS 1.2, TLS 1.3&quot;</extracomment>
        <translation>Akzeptiert %1.</translation>
    </message>
    <message>
        <source>Accepts %1; refuses %2.</source>
        <extracomment>%1 and %2 are lists of TLS versions, e.g. &quot;TLS 1.2, TLS 1.3&quot;</extracomment>
        <translation>Akzeptiert %1; lehnt %2 ab.</translation>
    </message>
    <message>
        <source>%1 could not be tried: this computer&apos;s TLS library no longer offers them.</source>
        <extracomment>%1 is a list of TLS versions</extracomment>
        <translation>%1 konnte nicht versucht werden: Die TLS-Bibliothek dieses Computers bietet sie nicht mehr an.</translation>
    </message>
    <message>
        <source>Neither TLS 1.2 nor TLS 1.3 works: no identity provider can connect. The service provider must enable TLS 1.2.</source>
        <translation>Weder TLS 1.2 noch TLS 1.3 funktioniert: Kein Identitätsanbieter kann sich verbinden. Der Dienstanbieter muss TLS 1.2 aktivieren.</translation>
    </message>
    <message>
        <source>Entra ID connects with TLS 1.2 only: an endpoint that offers only TLS 1.3 fails its Test Connection. The service provider must enable TLS 1.2 as well.</source>
        <translation>Entra ID verbindet sich nur mit TLS 1.2: Ein Endpunkt, der nur TLS 1.3 anbietet, besteht „Verbindung testen“ nicht. Der Dienstanbieter muss zusätzlich TLS 1.2 aktivieren.</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are deprecated (RFC 8996) and Entra ID never uses them; ask the service provider to turn them off.</source>
        <translation>TLS 1.0 und 1.1 sind veraltet (RFC 8996), und Entra ID verwendet sie nie; bitten Sie den Dienstanbieter, sie abzuschalten.</translation>
    </message>
    <message>
        <source>Not judged: the server refuses TLS 1.2 (see tls-protocols).</source>
        <translation>Nicht bewertet: Der Server lehnt TLS 1.2 ab (siehe tls-protocols).</translation>
    </message>
    <message>
        <source>Not tried, as this computer&apos;s TLS library does not offer them: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation>Nicht versucht, da die TLS-Bibliothek dieses Computers sie nicht anbietet: %1.</translation>
    </message>
    <message>
        <source>Negotiates none of the eight cipher suites Entra ID requires.</source>
        <translation>Handelt keine der acht Cipher-Suites aus, die Entra ID verlangt.</translation>
    </message>
    <message>
        <source>Entra ID cannot connect to this endpoint. The service provider must enable ECDHE suites with AES-GCM (for example %1) for TLS 1.2.</source>
        <extracomment>%1 is the name of a cipher suite, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256</extracomment>
        <translation>Entra ID kann sich nicht mit diesem Endpunkt verbinden. Der Dienstanbieter muss ECDHE-Suites mit AES-GCM (zum Beispiel %1) für TLS 1.2 aktivieren.</translation>
    </message>
    <message>
        <source>Negotiates only CBC suites of Entra ID&apos;s list: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation>Handelt aus der Liste von Entra ID nur CBC-Suites aus: %1.</translation>
    </message>
    <message>
        <source>Entra ID lists the AES-GCM suites first; CBC suites are the weaker fallback and many security baselines turn them off. Ask the service provider to enable ECDHE with AES-GCM.</source>
        <translation>Entra ID führt die AES-GCM-Suites zuerst auf; CBC-Suites sind der schwächere Rückfall, und viele Sicherheitsbaselines schalten sie ab. Bitten Sie den Dienstanbieter, ECDHE mit AES-GCM zu aktivieren.</translation>
    </message>
    <message>
        <source>Negotiates %1 of Entra ID&apos;s suites: %2.</source>
        <extracomment>%1 is a number of suites, %2 their names</extracomment>
        <translation>Handelt %1 der Suites von Entra ID aus: %2.</translation>
    </message>
    <message>
        <source>No certificate was seen (see tls-protocols).</source>
        <translation>Es wurde kein Zertifikat gesehen (siehe tls-protocols).</translation>
    </message>
    <message>
        <source>A %1-bit %2 key.</source>
        <extracomment>%1 is a number of bits, %2 RSA, EC, DSA or DH</extracomment>
        <translation>Ein %2-Schlüssel mit %1 Bit.</translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more or EC keys of 256 bits or more, and current TLS libraries refuse smaller ones. The service provider must replace the certificate.</source>
        <translation>Entra ID akzeptiert nur RSA-Schlüssel ab 2048 Bit oder EC-Schlüssel ab 256 Bit, und aktuelle TLS-Bibliotheken lehnen kleinere ab. Der Dienstanbieter muss das Zertifikat ersetzen.</translation>
    </message>
    <message>
        <source>The chain ends at %1.</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation>Die Kette endet bei %1.</translation>
    </message>
    <message>
        <source>an unnamed authority</source>
        <translation>einer unbenannten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>It is on Microsoft&apos;s list of roots.</source>
        <translation>Diese Stammzertifizierungsstelle steht auf Microsofts Liste.</translation>
    </message>
    <message>
        <source>Okta publishes no list of roots.</source>
        <translation>Okta veröffentlicht keine Liste von Stammzertifizierungsstellen.</translation>
    </message>
    <message>
        <source>It is not on Microsoft&apos;s list of roots.</source>
        <translation>Diese Stammzertifizierungsstelle steht nicht auf Microsofts Liste.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s SCIM guidance names CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, GlobalSign, Go Daddy, VeriSign, WoSign and DST Root CA X3. If Entra ID&apos;s Test Connection fails with a certificate error, ask the service provider for a certificate from one of them.</source>
        <translation>Microsofts SCIM-Leitfaden nennt CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, GlobalSign, Go Daddy, VeriSign, WoSign und DST Root CA X3. Schlägt „Verbindung testen“ in Entra ID mit einem Zertifikatfehler fehl, bitten Sie den Dienstanbieter um ein Zertifikat von einer dieser Stellen.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>No identity provider connects to an expired certificate. The service provider must renew it.</source>
        <translation>Kein Identitätsanbieter verbindet sich mit einem abgelaufenen Zertifikat. Der Dienstanbieter muss es erneuern.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <extracomment>%1 is a date, %n the days until then</extracomment>
        <translation>
            <numerusform>Das Zertifikat läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Das Zertifikat läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under 30 days: when it expires, provisioning stops without warning. Remind the service provider to renew it.</source>
        <translation>Weniger als 30 Tage: Wenn es abläuft, endet die Bereitstellung ohne Warnung. Erinnern Sie den Dienstanbieter daran, es zu erneuern.</translation>
    </message>
    <message>
        <source>HTTP 404 for a group filter that matches no one.</source>
        <comment>service group</comment>
        <translation>HTTP 404 für einen Gruppenfilter, auf den nichts passt.</translation>
    </message>
    <message>
        <source>HTTP 404 for a user filter that matches no one.</source>
        <translation>HTTP 404 für einen Benutzerfilter, auf den niemand passt.</translation>
    </message>
    <message>
        <source>A random group name (%1) matched %2: the filter is ignored.</source>
        <comment>service group</comment>
        <extracomment>%1 is the random group name searched for, %2 how many groups matched it</extracomment>
        <translation>Ein zufälliger Gruppenname (%1) ergab %2 Treffer: Der Filter wird ignoriert.</translation>
    </message>
    <message>
        <source>A random user name (%1) matched %2: the filter is ignored.</source>
        <extracomment>%1 is the random userName searched for, %2 how many users matched it</extracomment>
        <translation>Ein zufälliger Benutzername (%1) ergab %2 Treffer: Der Filter wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a date and time in the reader&apos;s format; the zone is always UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>reports::Figures</name>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a number of milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>median %1</source>
        <extracomment>%1 is &quot;21 ms&quot;; the median latency</extracomment>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <extracomment>%1 is &quot;48 ms&quot;; the 95th percentile of latency</extracomment>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <extracomment>%1 is &quot;90 ms&quot;; the 99th percentile of latency</extracomment>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <extracomment>%1 is &quot;120 ms&quot;; the slowest answer</extracomment>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>all with Retry-After</source>
        <translation>alle mit Retry-After</translation>
    </message>
    <message>
        <source>none with Retry-After</source>
        <translation>keine mit Retry-After</translation>
    </message>
    <message>
        <source>%1 with Retry-After</source>
        <extracomment>%1 is how many of the 429 answers carried Retry-After</extracomment>
        <translation>%1 mit Retry-After</translation>
    </message>
    <message>
        <source>it ran to its limits</source>
        <translation>Grenzen des Schritts erreicht</translation>
    </message>
    <message>
        <source>the service answered 429 (too many requests)</source>
        <translation>Dienst antwortete mit 429 (zu viele Anfragen)</translation>
    </message>
    <message>
        <source>errors in a row</source>
        <translation>Fehler in Folge</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <source>≤ %1 ms</source>
        <extracomment>%1 is a number of milliseconds: answers that took at most that long</extracomment>
        <translation>≤ %1 ms</translation>
    </message>
    <message>
        <source>&gt; %1 ms</source>
        <extracomment>%1 is a number of milliseconds: answers that took longer</extracomment>
        <translation>&gt; %1 ms</translation>
    </message>
    <message>
        <source>%1 requests per second sustained</source>
        <extracomment>%1 is a rate such as 24.6</extracomment>
        <translation>Dauerhaft %1 Anfragen pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <extracomment>%Ln is how many requests the step sent</extracomment>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × 429</source>
        <extracomment>%1 is how many answers were HTTP 429 (too many requests)</extracomment>
        <translation>%1 × 429</translation>
    </message>
    <message>
        <source>%1 × 429 (%2)</source>
        <extracomment>%1 is how many answers were HTTP 429, %2 how many had Retry-After (&quot;all with Retry-After&quot;)</extracomment>
        <translation>%1 × 429 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <extracomment>%Ln is how many requests failed (no answer, or a 5xx)</extracomment>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the name of a measurement, %2 its value</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 requests per second (up to %2 attempted)</source>
        <extracomment>%1 is the rate sustained, %2 the highest rate attempted, both per second</extracomment>
        <translation>%1 Anfragen pro Sekunde (bis zu %2 versucht)</translation>
    </message>
    <message>
        <source>%1 requests per second</source>
        <extracomment>%1 is the rate sustained per second</extracomment>
        <translation>%1 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Rate sustained</source>
        <translation>Dauerhafte Rate</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is how many answers were HTTP 429, %2 how many had Retry-After (&quot;all with Retry-After&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HTTP 429 answers</source>
        <translation>HTTP-429-Antworten</translation>
    </message>
    <message>
        <source>Errors (transport or 5xx)</source>
        <translation>Fehler (Transport oder 5xx)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <extracomment>%1 is an HTTP status code, %2 how many answers had it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answers by status</source>
        <translation>Antworten nach Status</translation>
    </message>
    <message>
        <source>Answers per second</source>
        <translation>Antworten pro Sekunde</translation>
    </message>
    <message>
        <source>Sent per second</source>
        <translation>Gesendet pro Sekunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>bucket: count</comment>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>Latenzhistogramm</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Grund für das Ende</translation>
    </message>
</context>
<context>
    <name>reports::JUnit</name>
    <message>
        <source>warning: %1
%2</source>
        <extracomment>%1 is the step&apos;s result detail, %2 the hint on what to do</extracomment>
        <translation>Warnung: %1
%2</translation>
    </message>
</context>
<context>
    <name>reports::Report</name>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is a short error kind such as timeout, refused, dns or tls</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>A report file ends in .html, .pdf, .json or .xml (JUnit), not “%1”.</source>
        <extracomment>%1 is the report file path given</extracomment>
        <translation>Eine Berichtsdatei endet auf .html, .pdf, .json oder .xml (JUnit), nicht „%1“.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>%L1 is how long the run took, in milliseconds</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details and evidence</source>
        <translation>Details und Nachweise</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical libraries; write .html and print it instead.</source>
        <translation>Ein PDF-Bericht braucht die grafischen Bibliotheken; schreiben Sie .html und drucken Sie die Datei stattdessen.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <extracomment>%1 is the report file path, %2 the system&apos;s error message</extracomment>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation>Attributzuordnungen</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>SCIM-Attribut</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What the service did</source>
        <translation>Was der Dienst getan hat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <extracomment>%L1 is how long the request took, in milliseconds
----------
%L1 is how long the step took, in milliseconds</extracomment>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>attempt %L1</source>
        <extracomment>%L1 is the attempt&apos;s number (2 for the first retry)</extracomment>
        <translation>Versuch %L1</translation>
    </message>
    <message>
        <source>Left behind</source>
        <extracomment>what the run&apos;s cleanup could not remove: a list of ids, or &quot;Nothing&quot;</extracomment>
        <translation>Zurückgeblieben</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
</context>
<context>
    <name>request</name>
    <message>
        <source>The vendor file %1 cannot be read.</source>
        <extracomment>%1 is the vendor (service provider) description file&apos;s path</extracomment>
        <translation>Die Anbieterdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The vendor file %1 is not valid: %2.</source>
        <extracomment>%1 is the vendor (service provider) description file&apos;s path, %2 what is wrong with it</extracomment>
        <translation>Die Anbieterdatei %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>“id” and “supportEmail” are required</source>
        <translation>„id“ und „supportEmail“ sind erforderlich</translation>
    </message>
</context>
<context>
    <name>request::SetupRequest</name>
    <message>
        <source>Enter the tenant subdomain: the first part of your tenant&apos;s web address.</source>
        <translation>Geben Sie die Subdomäne des Mandanten ein: den ersten Teil der Webadresse Ihres Mandanten.</translation>
    </message>
    <message>
        <source>Enter only the subdomain, not a whole web address: for https://acme.example.com that is “acme”.</source>
        <translation>Geben Sie nur die Subdomäne ein, keine ganze Webadresse: Für https://acme.example.com ist das „acme“.</translation>
    </message>
    <message>
        <source>Enter only the first part of the host name: for acme.example.com that is “acme”.</source>
        <translation>Geben Sie nur den ersten Teil des Hostnamens ein: Für acme.example.com ist das „acme“.</translation>
    </message>
    <message>
        <source>A subdomain has at most 63 characters.</source>
        <translation>Eine Subdomäne hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>A subdomain uses only letters a–z, digits and hyphens.</source>
        <translation>Eine Subdomäne besteht nur aus den Buchstaben a–z, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>A subdomain cannot start or end with a hyphen.</source>
        <translation>Eine Subdomäne darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>Enter the named contact&apos;s email address.</source>
        <translation>Geben Sie die E-Mail-Adresse der benannten Kontaktperson ein.</translation>
    </message>
    <message>
        <source>An email address has no spaces.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address looks like name@example.com, with one “@”.</source>
        <translation>Eine E-Mail-Adresse sieht aus wie name@example.com, mit genau einem „@“.</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The part before “@” cannot start or end with a dot, or have two dots in a row.</source>
        <translation>Der Teil vor dem „@“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The part after “@” needs a dot, as in example.com.</source>
        <translation>Der Teil nach dem „@“ braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>The part after “@” (%1) is not a valid domain name.</source>
        <extracomment>%1 is the domain part of the email address entered</extracomment>
        <translation>Der Teil nach dem „@“ (%1) ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The identity provider is “entra” or “okta”, not “%1”.</source>
        <extracomment>%1 is the value entered; keep &quot;entra&quot; and &quot;okta&quot; as they are</extracomment>
        <translation>Der Identitätsanbieter ist „entra“ oder „okta“, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <extracomment>%1 is a field name in the setup request&apos;s JSON, e.g. tenantName</extracomment>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a setup request (expected: %2).</source>
        <extracomment>%1 is the unknown JSON field name, %2 a comma-separated list of the known ones</extracomment>
        <translation>„%1“ ist kein Feld einer Einrichtungsanfrage (erwartet: %2).</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4
</source>
        <extracomment>%1 is the support team, %2 its email, %3 the subject, %4 the mail body; keep To: and Subject:</extracomment>
        <translation>An: %1 &lt;%2&gt;
Betreff: %3

%4
</translation>
    </message>
    <message>
        <source>This contains an invisible control character; retype it.</source>
        <translation>Dies enthält ein unsichtbares Steuerzeichen; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>This is longer than 100 characters.</source>
        <translation>Dies ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s name.</source>
        <translation>Geben Sie den Namen Ihres Mandanten ein.</translation>
    </message>
    <message>
        <source>Enter the name of the person who should receive the credentials.</source>
        <translation>Geben Sie den Namen der Person ein, die die Anmeldeinformationen erhalten soll.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>“%1” is not a fault rule; use METHOD:PATH:N:ACTION, e.g. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang or GET:/Users:1:429=2.</source>
        <extracomment>%1 is the fault rule given on the command line; keep the examples as they are</extracomment>
        <translation>„%1“ ist keine Fehlerregel; verwenden Sie METHOD:PATH:N:ACTION, z. B. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang oder GET:/Users:1:429=2.</translation>
    </message>
    <message>
        <source>A string in the filter is not closed.</source>
        <translation>Eine Zeichenkette im Filter ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The filter string %1 has an invalid escape.</source>
        <extracomment>%1 is the quoted string from the SCIM filter</extracomment>
        <translation>Die Filter-Zeichenkette %1 enthält ein ungültiges Escape.</translation>
    </message>
    <message>
        <source>Unexpected character “%1” in the filter.</source>
        <extracomment>%1 is the unexpected character in the SCIM filter</extracomment>
        <translation>Unerwartetes Zeichen „%1“ im Filter.</translation>
    </message>
    <message>
        <source>Unexpected “%1” in the filter.</source>
        <extracomment>%1 is the unexpected word or symbol in the SCIM filter</extracomment>
        <translation>Unerwartetes „%1“ im Filter.</translation>
    </message>
    <message>
        <source>Expected “%1” in the filter.</source>
        <extracomment>%1 is the expected symbol or word, e.g. ) or ]</extracomment>
        <translation>„%1“ im Filter erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not a filter value; strings need double quotes.</source>
        <extracomment>%1 is the word found where a filter value was expected</extracomment>
        <translation>„%1“ ist kein Filterwert; Zeichenketten brauchen doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>Expected an operator in the filter.</source>
        <translation>Im Filter wurde ein Operator erwartet.</translation>
    </message>
    <message>
        <source>The operator “%1” is not supported here.</source>
        <extracomment>%1 is a SCIM filter operator, e.g. gt</extracomment>
        <translation>Der Operator „%1“ wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>“%1” is not a filter operator.</source>
        <extracomment>%1 is the word found where a filter operator was expected</extracomment>
        <translation>„%1“ ist kein Filteroperator.</translation>
    </message>
    <message>
        <source>Expected an attribute name in the filter.</source>
        <translation>Im Filter wurde ein Attributname erwartet.</translation>
    </message>
    <message>
        <source>“not” is not supported here.</source>
        <translation>„not“ wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>The filter is empty.</source>
        <translation>Der Filter ist leer.</translation>
    </message>
    <message>
        <source>“active” must be a boolean (true or false), not %1.</source>
        <extracomment>%1 is the value sent in double quotes, or the untranslated word &quot;that&quot;</extracomment>
        <translation>„active“ muss ein Boolescher Wert sein (true oder false), nicht %1.</translation>
    </message>
    <message>
        <source>“manager” is a complex attribute: send {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</source>
        <translation>„manager“ ist ein komplexes Attribut: Senden Sie {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</translation>
    </message>
    <message>
        <source>The path “%1” has an unclosed “[”.</source>
        <extracomment>%1 is the PATCH operation&apos;s path, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Der Pfad „%1“ hat ein nicht geschlossenes „[“.</translation>
    </message>
    <message>
        <source>The path “%1” is malformed after “]”.</source>
        <extracomment>%1 is the PATCH operation&apos;s path, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Der Pfad „%1“ ist nach „]“ fehlerhaft.</translation>
    </message>
    <message>
        <source>“%1” belongs to the enterprise extension; prefix it with %2.</source>
        <extracomment>%1 is an attribute name, e.g. manager, %2 the enterprise extension&apos;s schema URN</extracomment>
        <translation>„%1“ gehört zur Enterprise-Erweiterung; stellen Sie %2 voran.</translation>
    </message>
    <message>
        <source>The path names no attribute.</source>
        <translation>Der Pfad nennt kein Attribut.</translation>
    </message>
    <message>
        <source>“%1” is not an attribute of this resource.</source>
        <extracomment>%1 is an attribute name</extracomment>
        <translation>„%1“ ist kein Attribut dieser Ressource.</translation>
    </message>
    <message>
        <source>The PatchOp schema is missing from “schemas”.</source>
        <translation>Das PatchOp-Schema fehlt in „schemas“.</translation>
    </message>
    <message>
        <source>“Operations” must be a non-empty array.</source>
        <translation>„Operations“ muss ein nicht leeres Array sein.</translation>
    </message>
    <message>
        <source>“%1” is not a PATCH operation (add, replace or remove).</source>
        <extracomment>%1 is the operation name sent; keep add, replace and remove as they are</extracomment>
        <translation>„%1“ ist keine PATCH-Operation (add, replace oder remove).</translation>
    </message>
    <message>
        <source>A remove operation needs a path.</source>
        <translation>Eine remove-Operation braucht einen Pfad.</translation>
    </message>
    <message>
        <source>The %1 operation on “%2” has no value.</source>
        <extracomment>%1 is the PATCH operation (add or replace), %2 its path</extracomment>
        <translation>Die %1-Operation auf „%2“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>Without a path, the value must be an object of attributes.</source>
        <translation>Ohne Pfad muss der Wert ein Objekt aus Attributen sein.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <extracomment>%1 is an attribute name</extracomment>
        <translation>„%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>A remove operation takes no value; select the members to remove with a filter, e.g. members[value eq &quot;id&quot;].</source>
        <translation>Eine remove-Operation nimmt keinen Wert; wählen Sie die zu entfernenden Mitglieder mit einem Filter, z. B. members[value eq &quot;id&quot;].</translation>
    </message>
    <message>
        <source>No value of “%1” matches [%2].</source>
        <extracomment>%1 is an attribute name, e.g. emails, %2 the filter in the path, e.g. type eq &quot;work&quot;</extracomment>
        <translation>Kein Wert von „%1“ passt zu [%2].</translation>
    </message>
    <message>
        <source>%1 %2 not found.</source>
        <translation>%1 %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>“schemas” must include %1.</source>
        <extracomment>%1 is the SCIM core schema URN</extracomment>
        <translation>„schemas“ muss %1 enthalten.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <extracomment>%1 is the attribute name, userName or displayName</extracomment>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 “%2” is already taken.</source>
        <extracomment>%1 is the attribute name, e.g. userName, %2 its value</extracomment>
        <translation>%1 „%2“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Too many requests.</source>
        <translation>Zu viele Anfragen.</translation>
    </message>
    <message>
        <source>Injected fault.</source>
        <translation>Absichtlich erzeugter Fehler.</translation>
    </message>
    <message>
        <source>No bearer token was sent.</source>
        <translation>Es wurde kein Bearer-Token gesendet.</translation>
    </message>
    <message>
        <source>The bearer token is not valid.</source>
        <translation>Das Bearer-Token ist ungültig.</translation>
    </message>
    <message>
        <source>The SCIM service is under %1.</source>
        <extracomment>%1 is the SCIM base path, e.g. /scim/v2</extracomment>
        <translation>Der SCIM-Dienst liegt unter %1.</translation>
    </message>
    <message>
        <source>That method is not allowed here.</source>
        <translation>Diese Methode ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>No such %1.</source>
        <translation>%1 nicht vorhanden.</translation>
    </message>
    <message>
        <source>There is no %1 endpoint.</source>
        <extracomment>%1 is the URL path requested</extracomment>
        <translation>Es gibt keinen Endpunkt %1.</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1.</source>
        <extracomment>%1 is the JSON parser&apos;s error message</extracomment>
        <translation>Der Inhalt ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>“%1” must be an integer.</source>
        <extracomment>%1 is the query parameter, e.g. startIndex or count</extracomment>
        <translation>„%1“ muss eine Ganzzahl sein.</translation>
    </message>
    <message>
        <source>No resource matches the filter.</source>
        <translation>Keine Ressource passt zum Filter.</translation>
    </message>
    <message>
        <source>The filter has more than %1 terms.</source>
        <extracomment>%1 is the maximum number of terms in a filter</extracomment>
        <translation>Der Filter hat mehr als %1 Terme.</translation>
    </message>
    <message>
        <source>The filter nests more than %1 levels deep.</source>
        <extracomment>%1 is the maximum nesting depth of a filter</extracomment>
        <translation>Der Filter ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>An attribute is not supported by this service.</source>
        <translation>Ein Attribut wird von diesem Dienst nicht unterstützt.</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos; is not supported by this service.</source>
        <translation>Das Attribut „%1“ wird von diesem Dienst nicht unterstützt.</translation>
    </message>
    <message>
        <source>No token was sent in the Authorization header.</source>
        <translation>Im Authorization-Header wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>The Authorization header must hold the token alone, without “Bearer ”.</source>
        <translation>Der Authorization-Header darf nur das Token enthalten, ohne „Bearer “.</translation>
    </message>
    <message>
        <source>The token in the Authorization header is not valid.</source>
        <translation>Das Token im Authorization-Header ist ungültig.</translation>
    </message>
    <message>
        <source>No Basic credentials were sent.</source>
        <translation>Es wurden keine Basic-Anmeldeinformationen gesendet.</translation>
    </message>
    <message>
        <source>The Authorization header does not hold Basic credentials, base64 of user:password.</source>
        <translation>Der Authorization-Header enthält keine Basic-Anmeldeinformationen (base64 von user:password).</translation>
    </message>
    <message>
        <source>The user name or password is not valid.</source>
        <translation>Der Benutzername oder das Passwort ist ungültig.</translation>
    </message>
    <message>
        <source>No access token was sent.</source>
        <translation>Es wurde kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The Authorization header does not hold a bearer access token.</source>
        <translation>Der Authorization-Header enthält kein Bearer-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The access token expired.</source>
        <translation>Das Zugriffstoken ist abgelaufen.</translation>
    </message>
    <message>
        <source>The sandbox token is not an access token here; get one from the token endpoint.</source>
        <translation>Das Sandbox-Token ist hier kein Zugriffstoken; beziehen Sie eines vom Tokenendpunkt.</translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation>Das Zugriffstoken ist ungültig.</translation>
    </message>
    <message>
        <source>There is no token endpoint in %1 mode.</source>
        <extracomment>%1 is the authentication mode, e.g. bearer; &quot;token endpoint&quot;: the OAuth token URL</extracomment>
        <translation>Im Modus %1 gibt es keinen Tokenendpunkt.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n request(s) per second: slow down.</source>
        <extracomment>%n is the sandbox&apos;s rate limit in requests per second</extracomment>
        <translation>
            <numerusform>Mehr als %n Anfrage pro Sekunde: Senden Sie langsamer.</numerusform>
            <numerusform>Mehr als %n Anfragen pro Sekunde: Senden Sie langsamer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the sandbox plug-in.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 ist nicht das Sandbox-Plug-in.</translation>
    </message>
</context>
<context>
    <name>scim</name>
    <message>
        <source>The endpoint URL is empty.</source>
        <translation>Die Endpunkt-URL ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; it should look like https://example.com/scim/v2.</source>
        <extracomment>%1 is the endpoint URL as entered</extracomment>
        <translation>„%1“ ist keine vollständige URL; sie sollte etwa so aussehen: https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https://.</source>
        <translation>Die Endpunkt-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The endpoint URL uses plain http:// to %1; the token would travel unencrypted. Use https://.</source>
        <extracomment>%1 is the endpoint&apos;s host name; &quot;token&quot; is the SCIM bearer token or secret</extracomment>
        <translation>Die Endpunkt-URL verwendet unverschlüsseltes http:// zu %1; das Token würde unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or password before the host; remove it — the token is sent separately.</source>
        <translation>Die Endpunkt-URL enthält vor dem Host einen Benutzernamen oder ein Passwort; entfernen Sie ihn – das Token wird separat gesendet.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a “#” fragment; remove it.</source>
        <translation>Die Endpunkt-URL enthält ein „#“-Fragment; entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON integer (it is %2).</source>
        <extracomment>%1 is a JSON key such as totalResults, %2 the value found (a number or a quoted string)</extracomment>
        <translation>„%1“ ist keine JSON-Ganzzahl (sondern %2).</translation>
    </message>
    <message>
        <source>The ListResponse schema is missing from “schemas”.</source>
        <translation>Das ListResponse-Schema fehlt in „schemas“.</translation>
    </message>
    <message>
        <source>“totalResults” is missing.</source>
        <translation>„totalResults“ fehlt.</translation>
    </message>
    <message>
        <source>“startIndex” is %1; SCIM paging starts at 1.</source>
        <extracomment>%1 is the startIndex value the service returned</extracomment>
        <translation>„startIndex“ ist %1; SCIM zählt Seiten ab 1.</translation>
    </message>
    <message>
        <source>“Resources” is not an array.</source>
        <translation>„Resources“ ist kein Array.</translation>
    </message>
    <message>
        <source>“Resources” is missing although totalResults is %1.</source>
        <extracomment>%1 is the totalResults value the service returned</extracomment>
        <translation>„Resources“ fehlt, obwohl totalResults %1 ist.</translation>
    </message>
    <message>
        <source>“Resources” holds %1 entries but totalResults says %2.</source>
        <extracomment>%1 is the number of entries in Resources, %2 the totalResults value</extracomment>
        <translation>„Resources“ enthält %1 Einträge, totalResults nennt aber %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The answer has an empty body where a SCIM resource was expected.</source>
        <translation>Die Antwort hat einen leeren Inhalt, wo eine SCIM-Ressource erwartet wurde.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not SCIM JSON — this URL is probably a web page or a login screen, not the SCIM API.</source>
        <translation>Die Antwort ist eine HTML-Seite, kein SCIM-JSON – diese URL ist vermutlich eine Webseite oder Anmeldeseite, nicht die SCIM-API.</translation>
    </message>
    <message>
        <source>The answer is malformed JSON (%1).</source>
        <extracomment>%1 is the JSON error and where it is, e.g. &quot;unterminated string at byte 120&quot;</extracomment>
        <translation>Die Antwort ist fehlerhaftes JSON (%1).</translation>
    </message>
    <message>
        <source>The answer is plain text, not SCIM JSON: “%1”.</source>
        <extracomment>%1 is the start of the answer&apos;s text, at most 120 characters</extracomment>
        <translation>Die Antwort ist reiner Text, kein SCIM-JSON: „%1“.</translation>
    </message>
    <message>
        <source>No answer within the time limit (timeout).</source>
        <translation>Keine Antwort innerhalb der Frist (timeout).</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens on that host and port.</source>
        <translation>Der Server hat die Verbindung abgelehnt: Auf diesem Host und Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation>Der Hostname des Proxys wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS).</source>
        <translation>Der Hostname wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <extracomment>%1 is the TLS error names or details, e.g. CertificateExpired</extracomment>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) to %2; redirects are never followed with the token.</source>
        <extracomment>%1 is the HTTP status code, e.g. 302, %2 the URL it redirects to; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Der Server antwortete mit einer Weiterleitung (%1) nach %2; Weiterleitungen werden mit dem Token nie verfolgt.</translation>
    </message>
    <message>
        <source>The answer was larger than the size limit; it was cut off.</source>
        <translation>Die Antwort war größer als die Größengrenze; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <extracomment>%1 is the CA certificate file&apos;s path</extracomment>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The endpoint URL&apos;s path “%1” would be sent as “%2”: it has “.” or “..” segments, or short ones that start with a dot. Use the URL exactly as the service provider sent it.</source>
        <extracomment>%1 is the URL&apos;s path as entered, %2 the path it would be sent as</extracomment>
        <translation>Der Pfad „%1“ der Endpunkt-URL würde als „%2“ gesendet: Er enthält „.“- oder „..“-Segmente oder kurze Segmente, die mit einem Punkt beginnen. Verwenden Sie die URL genau so, wie der Dienstanbieter sie gesendet hat.</translation>
    </message>
    <message>
        <source>The endpoint URL carries a secret in its query (%1=…). The token is sent in the Authorization header, never in the URL: remove “?%1=…” and give the token separately.</source>
        <extracomment>%1 is a URL query key such as access_token</extracomment>
        <translation>Die Endpunkt-URL enthält in ihrer Abfrage ein Geheimnis (%1=…). Das Token wird im Authorization-Header gesendet, nie in der URL: Entfernen Sie „?%1=…“ und geben Sie das Token separat an.</translation>
    </message>
    <message>
        <source>“%1” is %2, far beyond any count a SCIM service can have.</source>
        <extracomment>%1 is a JSON key such as totalResults, %2 its numeric value</extracomment>
        <translation>„%1“ ist %2 und damit weit jenseits jeder Anzahl, die ein SCIM-Dienst haben kann.</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>die id ist leer</translation>
    </message>
    <message>
        <source>the id “%1” is a path step, not a name</source>
        <extracomment>%1 is &quot;.&quot; or &quot;..&quot;</extracomment>
        <translation>die id „%1“ ist ein Pfadschritt, kein Name</translation>
    </message>
    <message>
        <source>the id contains an invisible control character</source>
        <translation>die id enthält ein unsichtbares Steuerzeichen</translation>
    </message>
    <message>
        <source>the id is %1 characters long</source>
        <extracomment>%1 is the number of characters in the id the service returned</extracomment>
        <translation>die id ist %1 Zeichen lang</translation>
    </message>
    <message>
        <source>The answer&apos;s headers were larger than the limit (%1).</source>
        <extracomment>%1 describes the headers&apos; size, e.g. &quot;response headers of 70000 bytes; at most 65536 are read&quot;</extracomment>
        <translation>Die Header der Antwort waren größer als die Grenze (%1).</translation>
    </message>
    <message>
        <source>The request was not sent: %1.</source>
        <extracomment>%1 is why the request was not sent, e.g. the URL would leave the endpoint</extracomment>
        <translation>Die Anfrage wurde nicht gesendet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>%n is a number of days, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>%n is a number of hours, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>%n is a number of minutes, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <extracomment>%n is a number of seconds, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file: %1</source>
        <extracomment>%1 is why the CA certificate file cannot be read, e.g. &quot;/x.pem does not exist.&quot;</extracomment>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>%1 would not stay at %2 once sent</source>
        <extracomment>%1 is the full request URL, %2 the endpoint URL and path it should stay within</extracomment>
        <translation>%1 würde beim Senden nicht bei %2 bleiben</translation>
    </message>
    <message>
        <source>response headers of %1 bytes; at most %2 are read</source>
        <translation>Antwort-Header mit %1 Bytes; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>more than 100 response headers or 64 KiB of them, or unreadable ones</source>
        <translation>mehr als 100 Antwort-Header oder mehr als 64 KiB davon, oder unlesbare</translation>
    </message>
    <message>
        <source>The URL ends in %1; identity providers add that themselves.</source>
        <extracomment>%1 is /Users or /Groups</extracomment>
        <translation>Die URL endet auf %1; das fügen Identitätsanbieter selbst hinzu.</translation>
    </message>
    <message>
        <source>Remove %1 from the end: the base URL usually ends in /scim/v2.</source>
        <extracomment>%1 is the resource name the URL ends in, e.g. /Users</extracomment>
        <translation>Entfernen Sie %1 am Ende: Die Basis-URL endet meist auf /scim/v2.</translation>
    </message>
    <message>
        <source>The path “%1” does not mention scim.</source>
        <extracomment>%1 is the endpoint URL&apos;s path, e.g. /api/v1</extracomment>
        <translation>Der Pfad „%1“ erwähnt scim nicht.</translation>
    </message>
    <message>
        <source>The path usually ends in /scim/v2; check the URL against the message you received.</source>
        <translation>Der Pfad endet meist auf /scim/v2; prüfen Sie die URL anhand der Nachricht, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Basic authentication needs a username.</source>
        <translation>Basic-Authentifizierung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The username must not contain a colon: Basic authentication could not tell where it ends.</source>
        <translation>Der Benutzername darf keinen Doppelpunkt enthalten: Bei der Basic-Authentifizierung wäre sonst nicht erkennbar, wo er endet.</translation>
    </message>
    <message>
        <source>OAuth client credentials need a client id.</source>
        <translation>OAuth-Clientanmeldeinformationen brauchen eine Client-ID.</translation>
    </message>
    <message>
        <source>OAuth client credentials need a token endpoint URL.</source>
        <translation>OAuth-Clientanmeldeinformationen brauchen eine Tokenendpunkt-URL.</translation>
    </message>
    <message>
        <source>The token endpoint URL cannot be used: %1</source>
        <extracomment>%1 says what is wrong with the URL</extracomment>
        <translation>Die Tokenendpunkt-URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>It says: “%1”</source>
        <extracomment>%1 is the error_description text from the OAuth token endpoint</extracomment>
        <translation>Meldung: „%1“</translation>
    </message>
    <message>
        <source>The token endpoint did not accept the client id and secret (invalid_client).</source>
        <translation>Der Tokenendpunkt hat Client-ID und geheimen Clientschlüssel nicht akzeptiert (invalid_client).</translation>
    </message>
    <message>
        <source>The client is known but may not use the client credentials grant (unauthorized_client).</source>
        <translation>Der Client ist bekannt, darf die Gewährung mit Clientanmeldeinformationen aber nicht verwenden (unauthorized_client).</translation>
    </message>
    <message>
        <source>The token endpoint refused the scope asked for (invalid_scope).</source>
        <translation>Der Tokenendpunkt hat den angeforderten Bereich (Scope) abgelehnt (invalid_scope).</translation>
    </message>
    <message>
        <source>The token endpoint does not offer the client credentials grant (unsupported_grant_type).</source>
        <translation>Der Tokenendpunkt bietet die Gewährung mit Clientanmeldeinformationen nicht an (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant).</source>
        <translation>Der Tokenendpunkt hat die Gewährung abgelehnt (invalid_grant).</translation>
    </message>
    <message>
        <source>The token endpoint found the request malformed (invalid_request).</source>
        <translation>Der Tokenendpunkt hält die Anfrage für fehlerhaft (invalid_request).</translation>
    </message>
    <message>
        <source>The token endpoint refused with “%1” (HTTP %2).</source>
        <extracomment>%1 is the error code the token endpoint sent, %2 the HTTP status</extracomment>
        <translation>Der Tokenendpunkt hat mit „%1“ abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Copy the client id and client secret again, whole; a secret also stops working when it expires or is rotated. Ask the service provider for a new one if in doubt.</source>
        <translation>Kopieren Sie Client-ID und geheimen Clientschlüssel erneut und vollständig; ein geheimer Clientschlüssel funktioniert auch nicht mehr, wenn er abläuft oder rotiert wird. Fordern Sie im Zweifel beim Dienstanbieter einen neuen an.</translation>
    </message>
    <message>
        <source>Ask the service provider to allow the client credentials grant for this client.</source>
        <translation>Bitten Sie den Dienstanbieter, die Gewährung mit Clientanmeldeinformationen für diesen Client zuzulassen.</translation>
    </message>
    <message>
        <source>Leave the scope empty (Entra ID sends none) or use exactly the scope the service provider names.</source>
        <translation>Lassen Sie den Scope leer (Entra ID sendet keinen) oder verwenden Sie genau den Scope, den der Dienstanbieter nennt.</translation>
    </message>
    <message>
        <source>This token endpoint cannot serve Entra ID&apos;s client credentials mode; ask the service provider for the right token endpoint URL.</source>
        <translation>Dieser Tokenendpunkt kann den Modus mit Clientanmeldeinformationen von Entra ID nicht bedienen; fragen Sie den Dienstanbieter nach der richtigen Tokenendpunkt-URL.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Identity providers do not follow a token endpoint&apos;s redirect. If %1 is the real token endpoint, use that URL.</source>
        <extracomment>%1 is the URL the OAuth token endpoint redirects to</extracomment>
        <translation>Identitätsanbieter folgen keiner Weiterleitung eines Tokenendpunkts. Ist %1 der eigentliche Tokenendpunkt, verwenden Sie diese URL.</translation>
    </message>
    <message>
        <source>The client secret is not sent over this connection. If your organisation runs its own CA, give the console its certificate as the profile&apos;s CA file; otherwise send this report to the service provider.</source>
        <translation>Der geheime Clientschlüssel wird über diese Verbindung nicht gesendet. Wenn Ihre Organisation eine eigene CA betreibt, geben Sie der Konsole deren Zertifikat als CA-Datei des Profils; andernfalls senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>Check the token endpoint URL; if it is right, send this report to the service provider.</source>
        <translation>Prüfen Sie die Tokenendpunkt-URL; ist sie richtig, senden Sie diesen Bericht an den Dienstanbieter.</translation>
    </message>
    <message>
        <source>The token endpoint redirects (HTTP %1) to %2.</source>
        <translation>Der Tokenendpunkt leitet weiter (HTTP %1) nach %2.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1 %2</source>
        <extracomment>%1 is a description of the network error, %2 its details</extracomment>
        <translation>Der Tokenendpunkt war nicht erreichbar: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint issued a “%1” token; identity providers send only bearer tokens.</source>
        <extracomment>%1 is the token_type the endpoint sent</extracomment>
        <translation>Der Tokenendpunkt hat ein Token vom Typ „%1“ ausgestellt; Identitätsanbieter senden nur Bearer-Tokens.</translation>
    </message>
    <message>
        <source>The token endpoint failed (HTTP %1).</source>
        <extracomment>%1 is the HTTP status code, 500 or above</extracomment>
        <translation>Fehler am Tokenendpunkt (HTTP %1).</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an OAuth error.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>Der Tokenendpunkt antwortete mit HTTP %1 ohne OAuth-Fehler.</translation>
    </message>
    <message>
        <source>Not sent: no access token could be obtained. %1</source>
        <extracomment>%1 says why the token endpoint gave no access token</extracomment>
        <translation>Nicht gesendet: Es konnte kein Zugriffstoken bezogen werden. %1</translation>
    </message>
</context>
<context>
    <name>scim::OAuthClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP 200 from the token endpoint, but without an access_token.</source>
        <translation>HTTP 200 vom Tokenendpunkt, aber ohne access_token.</translation>
    </message>
    <message>
        <source>The access token holds characters no HTTP header can carry, or is absurdly long.</source>
        <translation>Das Zugriffstoken enthält Zeichen, die kein HTTP-Header transportieren kann, oder ist absurd lang.</translation>
    </message>
    <message>
        <source>No access token could be obtained.</source>
        <translation>Es konnte kein Zugriffstoken bezogen werden.</translation>
    </message>
</context>
<context>
    <name>scim::Probe</name>
    <message>
        <source>The server chose another TLS version.</source>
        <translation>Der Server hat eine andere TLS-Version gewählt.</translation>
    </message>
    <message>
        <source>No TLS handshake within the time allowed.</source>
        <translation>Kein TLS-Handshake innerhalb der erlaubten Zeit.</translation>
    </message>
</context>
</TS>
