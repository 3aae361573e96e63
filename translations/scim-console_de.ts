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
</TS>
