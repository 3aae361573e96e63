<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>StartPage</name>
    <message>
        <source>Set up SCIM provisioning from your identity provider, one safe step at a time. What would you like to do?</source>
        <translation>Configurez le provisionnement SCIM depuis votre fournisseur d’identité, étape par étape et en toute sécurité. Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Prepare a new SCIM request</source>
        <translation>&amp;Préparer une nouvelle demande SCIM</translation>
    </message>
    <message>
        <source>Collect your tenant details and the named contact, and write the request email.</source>
        <translation>Rassemblez les informations de votre tenant et le contact désigné, puis rédigez l’e-mail de demande.</translation>
    </message>
    <message>
        <source>Prepare a new SCIM request</source>
        <translation>Préparer une nouvelle demande SCIM</translation>
    </message>
    <message>
        <source>I have &amp;received my endpoint and token</source>
        <translation>J’ai &amp;reçu mon point de terminaison et mon jeton</translation>
    </message>
    <message>
        <source>Store the endpoint URL and secret token safely in your system keychain.</source>
        <translation>Enregistrez l’URL du point de terminaison et le jeton secret en sécurité dans le trousseau du système.</translation>
    </message>
    <message>
        <source>I have received my endpoint and token</source>
        <translation>J’ai reçu mon point de terminaison et mon jeton</translation>
    </message>
    <message>
        <source>&amp;Check a stored profile again</source>
        <translation>&amp;Vérifier à nouveau un profil enregistré</translation>
    </message>
    <message>
        <source>Rotate the token of a stored profile, or remove it.</source>
        <translation>Renouveler le jeton d’un profil enregistré, ou le supprimer.</translation>
    </message>
    <message>
        <source>Check a stored profile again</source>
        <translation>Vérifier à nouveau un profil enregistré</translation>
    </message>
</context>
<context>
    <name>app::SetupWizard</name>
    <message>
        <source>SCIM Setup Console (demo)</source>
        <translation>SCIM Setup Console (démo)</translation>
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
        <translation>Bienvenue dans SCIM Setup Console</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 [--demo] | COMMAND [options]

Without a command, opens the setup wizard.

</source>
        <translation>Utilisation : %1 [--demo] | COMMANDE [options]

Sans commande, ouvre l’assistant de configuration.

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options :
</translation>
    </message>
    <message>
        <source>  --demo       open the wizard against the embedded sandbox
</source>
        <translation>  --demo       ouvrir l’assistant avec le bac à sable intégré
</translation>
    </message>
    <message>
        <source>  --help       show this help
</source>
        <translation>  --help       afficher cette aide
</translation>
    </message>
    <message>
        <source>  --version    show the version
</source>
        <translation>  --version    afficher la version
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez « %1 COMMANDE --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>There is no display to open the setup wizard on.
To try everything without a window, run:  %1 demo
For all commands, run:  %1 --help
</source>
        <translation>Aucun affichage n’est disponible pour ouvrir l’assistant de configuration.
Pour tout essayer sans fenêtre :  %1 demo
Toutes les commandes :  %1 --help
</translation>
    </message>
    <message>
        <source>%1
Run &apos;%2 --help&apos; for usage.
</source>
        <translation>%1
Utilisation : voir « %2 --help ».
</translation>
    </message>
    <message>
        <source>Options must follow the command: %1
</source>
        <translation>Les options doivent suivre la commande : %1
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.
</source>
        <translation>Commande inconnue « %1 ». Lancez « %2 --help » pour la liste des commandes.
</translation>
    </message>
</context>
</TS>
