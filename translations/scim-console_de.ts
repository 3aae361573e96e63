<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>StartPage</name>
    <message>
        <source>Set up SCIM provisioning from your identity provider, one safe step at a time. What would you like to do?</source>
        <translation>Richten Sie die SCIM-Bereitstellung aus Ihrem Identitätsanbieter Schritt für Schritt sicher ein. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Prepare a new SCIM request</source>
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
        <source>&amp;Check a stored profile again</source>
        <translation>Gespeichertes Profil erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Rotate the token of a stored profile, or remove it.</source>
        <translation>Das Token eines gespeicherten Profils erneuern oder das Profil entfernen.</translation>
    </message>
    <message>
        <source>Check a stored profile again</source>
        <translation>Gespeichertes Profil erneut prüfen</translation>
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
</context>
<context>
    <name>app::StartPage</name>
    <message>
        <source>Welcome to SCIM Setup Console</source>
        <translation>Willkommen bei SCIM Setup Console</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 [--demo] | COMMAND [options]

Without a command, opens the setup wizard.

</source>
        <translation>Aufruf: %1 [--demo] | BEFEHL [Optionen]

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
        <translation>
»%1 BEFEHL --help« zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>There is no display to open the setup wizard on.
To try everything without a window, run:  %1 demo
For all commands, run:  %1 --help
</source>
        <translation>Es gibt keine Anzeige, auf der sich der Einrichtungsassistent öffnen ließe.
Um alles ohne Fenster auszuprobieren:  %1 demo
Alle Befehle:  %1 --help
</translation>
    </message>
    <message>
        <source>%1
Run &apos;%2 --help&apos; for usage.
</source>
        <translation>%1
Aufruf siehe »%2 --help«.
</translation>
    </message>
    <message>
        <source>Options must follow the command: %1
</source>
        <translation>Optionen müssen nach dem Befehl stehen: %1
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.
</source>
        <translation>Unbekannter Befehl »%1«. »%2 --help« listet alle Befehle.
</translation>
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
        <translation>„%1“ ist keine vollständige URL; sie sollte etwa so aussehen: https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https://.</source>
        <translation>Die Endpunkt-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The endpoint URL uses plain http:// to %1; the token would travel unencrypted. Use https://.</source>
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
        <translation>„startIndex“ ist %1; SCIM zählt Seiten ab 1.</translation>
    </message>
    <message>
        <source>“Resources” is not an array.</source>
        <translation>„Resources“ ist kein Array.</translation>
    </message>
    <message>
        <source>“Resources” is missing although totalResults is %1.</source>
        <translation>„Resources“ fehlt, obwohl totalResults %1 ist.</translation>
    </message>
    <message>
        <source>“Resources” holds %1 entries but totalResults says %2.</source>
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
        <translation>Die Antwort ist fehlerhaftes JSON (%1).</translation>
    </message>
    <message>
        <source>The answer is plain text, not SCIM JSON: “%1”.</source>
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
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) to %2; redirects are never followed with the token.</source>
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
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
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
</context>
</TS>
