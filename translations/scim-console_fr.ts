<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactPage</name>
    <message>
        <source>Who should receive the SCIM endpoint URL and secret token? Only this person will get them, securely.</source>
        <translation>Qui doit recevoir l’URL du point de terminaison SCIM et le jeton secret&#xa0;? Seule cette personne les recevra, de manière sécurisée.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Named contact’s name</source>
        <translation>Nom du contact désigné</translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation>Ann Lee</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Named contact’s email address</source>
        <translation>Adresse e-mail du contact désigné</translation>
    </message>
    <message>
        <source>ann@example.com</source>
        <translation>ann@example.com</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Try the &amp;keychain again</source>
        <translation>Réessa&amp;yer le trousseau</translation>
    </message>
    <message>
        <source>Try the keychain again</source>
        <translation>Réessayer le trousseau</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>N&amp;om du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Enter what the service provider sent you. The secret — a token, a password or a client secret — goes into your system keychain, never to a file.</source>
        <translation>Saisissez ce que le fournisseur de services vous a envoyé. Le secret — un jeton, un mot de passe ou un secret client — est enregistré dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>GoLivePage</name>
    <message>
        <source>Go-live steps</source>
        <translation>Étapes de la mise en production</translation>
    </message>
    <message>
        <source>People to &amp;assign:</source>
        <translation>Personnes à &amp;attribuer&#xa0;:</translation>
    </message>
    <message>
        <source>How many people will be assigned</source>
        <translation>Nombre de personnes qui seront attribuées</translation>
    </message>
</context>
<context>
    <name>IdentityProviderPage</name>
    <message>
        <source>Which identity provider will send your users?</source>
        <translation>Quel fournisseur d’identité enverra vos utilisateurs&#xa0;?</translation>
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
        <translation>Ce choix ne modifie que la formulation des étapes suivantes&#xa0;; vous pourrez tester les deux plus tard.</translation>
    </message>
</context>
<context>
    <name>IdpSetupPage</name>
    <message>
        <source>Endpoint URL to paste into your identity provider</source>
        <translation>URL du point de terminaison à coller dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>Copy the endpoint URL</source>
        <translation>Copier l’URL du point de terminaison</translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation>Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Copied from the keychain only when you ask; cleared from the clipboard after 30 seconds.</source>
        <translation>Copié depuis le trousseau uniquement à votre demande&#xa0;; effacé du presse-papiers au bout de 30 secondes.</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation>Copier le jeton secret</translation>
    </message>
    <message>
        <source>Set-up steps in your identity provider</source>
        <translation>Étapes de configuration dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Authentication Mode:</source>
        <translation>Mode d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication mode to choose in your identity provider</source>
        <translation>Mode d’authentification à choisir dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Copy &amp;mode</source>
        <translation>Copier le &amp;mode</translation>
    </message>
    <message>
        <source>Copy the authentication mode</source>
        <translation>Copier le mode d’authentification</translation>
    </message>
    <message>
        <source>Token Endpoint:</source>
        <translation>Point de terminaison de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth token endpoint to paste into your identity provider</source>
        <translation>Point de terminaison de jeton OAuth à coller dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Copy token en&amp;dpoint</source>
        <translation>Copier le point de &amp;terminaison de jeton</translation>
    </message>
    <message>
        <source>Copy the token endpoint URL</source>
        <translation>Copier l’URL du point de terminaison de jeton</translation>
    </message>
    <message>
        <source>Client Identifier:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client identifier to paste into your identity provider</source>
        <translation>ID client OAuth à coller dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>Copier l’&amp;ID client</translation>
    </message>
    <message>
        <source>Copy the client identifier</source>
        <translation>Copier l’ID client</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Username to paste into your identity provider</source>
        <translation>Nom d’utilisateur à coller dans votre fournisseur d’identité</translation>
    </message>
    <message>
        <source>Copy us&amp;ername</source>
        <translation>Copier le &amp;nom d’utilisateur</translation>
    </message>
    <message>
        <source>Copy the username</source>
        <translation>Copier le nom d’utilisateur</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>&amp;Import the Entra ID schema…</source>
        <translation>&amp;Importer le schéma Entra ID…</translation>
    </message>
    <message>
        <source>Import the app&apos;s synchronization schema from Entra ID</source>
        <translation>Importer le schéma de synchronisation de l’application depuis Entra ID</translation>
    </message>
    <message>
        <source>Use the &amp;default</source>
        <translation>Rétablir par &amp;défaut</translation>
    </message>
    <message>
        <source>Go back to the IdP&apos;s default mapping</source>
        <translation>Revenir au mappage par défaut de l’IdP</translation>
    </message>
    <message>
        <source>&amp;Unique identifier:</source>
        <translation>Identifiant &amp;unique&#xa0;:</translation>
    </message>
    <message>
        <source>The attribute Okta finds users by</source>
        <translation>L’attribut avec lequel Okta retrouve les utilisateurs</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Mappage d’attributs</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>What happens next. You can close the console now; it remembers where you are (never any secret).</source>
        <translation>Ce qui se passe ensuite. Vous pouvez fermer la console maintenant&#xa0;; elle mémorise où vous en êtes (jamais aucun secret).</translation>
    </message>
    <message>
        <source>I have &amp;sent the request</source>
        <translation>J’ai &amp;envoyé la demande</translation>
    </message>
    <message>
        <source>I have sent the request</source>
        <translation>J’ai envoyé la demande</translation>
    </message>
</context>
<context>
    <name>PilotGroupPage</name>
    <message>
        <source>Pilot &amp;group CSV:</source>
        <translation>&amp;Fichier CSV du groupe pilote&#xa0;:</translation>
    </message>
    <message>
        <source>Pilot group CSV file</source>
        <translation>Fichier CSV du groupe pilote</translation>
    </message>
    <message>
        <source>userName, email, givenName, familyName…</source>
        <translation>userName, email, givenName, familyName…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Pre&amp;view the first sync</source>
        <translation>&amp;Aperçu du cycle initial</translation>
    </message>
    <message>
        <source>Preview what the first sync will do</source>
        <translation>Prévisualiser l’effet de la première synchronisation</translation>
    </message>
    <message>
        <source>C&amp;onfirm after the first cycle</source>
        <translation>C&amp;onfirmer après le cycle initial</translation>
    </message>
    <message>
        <source>Confirm the pilot group arrived</source>
        <translation>Confirmer l’arrivée du groupe pilote</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
</context>
<context>
    <name>PilotPage</name>
    <message>
        <source>Identity provider dialect</source>
        <translation>Dialecte du fournisseur d’identité</translation>
    </message>
    <message>
        <source>Confirm writing a test user</source>
        <translation>Confirmer l’écriture d’un utilisateur de test</translation>
    </message>
    <message>
        <source>Pilot steps</source>
        <translation>Étapes du pilote</translation>
    </message>
    <message>
        <source>&amp;Run the pilot</source>
        <translation>&amp;Lancer le pilote</translation>
    </message>
    <message>
        <source>Run the pilot</source>
        <translation>Lancer le pilote</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the pilot and clean up</source>
        <translation>Annuler le pilote et nettoyer</translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation>&amp;Détails et rapports…</translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation>Ouvrir la vue des résultats</translation>
    </message>
    <message>
        <source>Your IdP &amp;integration:</source>
        <translation>Votre &amp;intégration IdP&#xa0;:</translation>
    </message>
    <message>
        <source>I &amp;understand:</source>
        <translation>J’ai &amp;compris&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProfileFieldsForm</name>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Fournisseur d’identité&#xa0;:</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d’identité</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>URL du point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>SCIM endpoint URL</source>
        <translation>URL du point de terminaison SCIM</translation>
    </message>
    <message>
        <source>https://…/scim/v2</source>
        <translation>https://…/scim/v2</translation>
    </message>
    <message>
        <source>I checked this &amp;host:</source>
        <translation>J’ai vérifié cet &amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Group name at the service provider</source>
        <translation>Nom du groupe chez le fournisseur de services</translation>
    </message>
    <message>
        <source>SCIM Pilot</source>
        <translation>SCIM Pilot</translation>
    </message>
    <message>
        <source>Group id at the service provider</source>
        <translation>ID du groupe chez le fournisseur de services</translation>
    </message>
    <message>
        <source>id (optional)</source>
        <translation>id (facultatif)</translation>
    </message>
    <message>
        <source>&amp;SSO signs in with:</source>
        <translation>I&amp;dentifiant SSO&#xa0;:</translation>
    </message>
    <message>
        <source>What single sign-on signs people in with</source>
        <translation>L’attribut avec lequel l’authentification unique connecte les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;CA file (optional):</source>
        <translation>&amp;Certificat d’AC (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>Only if your organisation inspects TLS or runs its own certificate authority.</source>
        <translation>Uniquement si votre organisation inspecte le trafic TLS ou gère sa propre autorité de certification.</translation>
    </message>
    <message>
        <source>only if your network inspects TLS</source>
        <translation>uniquement si votre réseau inspecte le TLS</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Mode d’authentification</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Basic authentication username</source>
        <translation>Nom d’utilisateur de l’authentification de base</translation>
    </message>
    <message>
        <source>Token endpoint &amp;URL:</source>
        <translation>&amp;URL du point de terminaison de jeton&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth token endpoint URL</source>
        <translation>URL du point de terminaison de jeton OAuth</translation>
    </message>
    <message>
        <source>https://…/oauth2/v2.0/token</source>
        <translation>https://…/oauth2/v2.0/token</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>&amp;Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Jeton secret</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Affich&amp;er</translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Sc&amp;ope (optional):</source>
        <translation>Éte&amp;ndue (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth scope (optional)</source>
        <translation>Étendue OAuth (facultatif)</translation>
    </message>
    <message>
        <source>api://…/.default</source>
        <translation>api://…/.default</translation>
    </message>
    <message>
        <source>Sen&amp;d client secret as:</source>
        <translation>Mode d’en&amp;voi du secret client&#xa0;:</translation>
    </message>
    <message>
        <source>How the client secret is sent to the token endpoint</source>
        <translation>Comment le secret client est envoyé au point de terminaison de jeton</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Your stored profiles. Tokens stay in the system keychain.</source>
        <translation>Vos profils enregistrés. Les jetons restent dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Stored profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Nouveau &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>New secret token</source>
        <translation>Nouveau jeton secret</translation>
    </message>
    <message>
        <source>&amp;Rotate token</source>
        <translation>&amp;Renouveler le jeton</translation>
    </message>
    <message>
        <source>Store the new token</source>
        <translation>Enregistrer le nouveau jeton</translation>
    </message>
    <message>
        <source>Re&amp;move profile…</source>
        <translation>Supprimer le pro&amp;fil…</translation>
    </message>
    <message>
        <source>Remove the profile and its token</source>
        <translation>Supprimer le profil et son jeton</translation>
    </message>
    <message>
        <source>&amp;Yes, remove it and its token</source>
        <translation>&amp;Oui, supprimer le profil et son jeton</translation>
    </message>
    <message>
        <source>Confirm removing the profile</source>
        <translation>Confirmer la suppression du profil</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Conserver le profil</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>&amp;Historique des exécutions…</translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation>Exécutions précédentes de ce profil</translation>
    </message>
    <message>
        <source>Go straight to the pilot group check</source>
        <translation>Passer directement à la vérification du groupe pilote</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les détails…</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s connection details</source>
        <translation>Modifier les informations de connexion du profil</translation>
    </message>
    <message>
        <source>Endpoint, identity provider, group, SSO attribute and CA file; the token stays in the keychain.</source>
        <translation>Point de terminaison, fournisseur d’identité, groupe, attribut SSO et fichier d’AC&#xa0;; le jeton reste dans le trousseau.</translation>
    </message>
    <message>
        <source>The IdP is set up already: go straight to the pilot gro&amp;up check</source>
        <translation>IdP déjà configuré&#xa0;: vérifier directement le gro&amp;upe pilote</translation>
    </message>
</context>
<context>
    <name>QWizardPage</name>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <extracomment>before a message under a field that blocks Next; %1 is the message</extracomment>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>A problem: fix it to go on.</source>
        <translation>Un problème&#xa0;: corrigez-le pour continuer.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <extracomment>before a message under a field that does not block Next; %1 is the message</extracomment>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Advice: you can go on without changing this.</source>
        <translation>Conseil&#xa0;: vous pouvez continuer sans modifier ceci.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>This is the request exactly as the service provider wants it. Send it from your own mailbox.</source>
        <translation>Voici la demande exactement sous la forme attendue par le fournisseur de services. Envoyez-la depuis votre propre boîte aux lettres.</translation>
    </message>
    <message>
        <source>The request email</source>
        <translation>L’e-mail de demande</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Open the request in your mail app</source>
        <translation>Ouvrir la demande dans votre application de messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>Copier la demande</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Save the request as a text file</source>
        <translation>Enregistrer la demande dans un fichier texte</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Set up SCIM provisioning from your identity provider, one safe step at a time. What would you like to do?</source>
        <translation>Configurez le provisionnement SCIM depuis votre fournisseur d’identité, étape par étape et en toute sécurité. Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Prepare a &amp;new SCIM request</source>
        <translation>&amp;Préparer une nouvelle demande SCIM</translation>
    </message>
    <message>
        <source>Collect your tenant details and the named contact, and write the request email.</source>
        <translation>Rassemblez les informations de votre locataire et le contact désigné, puis rédigez l’e-mail de demande.</translation>
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
        <source>C&amp;lean up now</source>
        <translation>&amp;Nettoyer maintenant</translation>
    </message>
    <message>
        <source>Clean up what the interrupted pilot created</source>
        <translation>Nettoyer ce que le pilote interrompu a créé</translation>
    </message>
    <message>
        <source>&amp;Continue with a stored profile</source>
        <translation>&amp;Continuer avec un profil enregistré</translation>
    </message>
    <message>
        <source>Verify, pilot, set up the identity provider and go live with a stored profile — or change its details or token.</source>
        <translation>Vérifiez, faites le pilote, configurez le fournisseur d’identité et passez en production avec un profil enregistré — ou modifiez ses détails ou son jeton.</translation>
    </message>
    <message>
        <source>Continue with a stored profile</source>
        <translation>Continuer avec un profil enregistré</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Tenant &amp;location:</source>
        <translation>&amp;Emplacement du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant location</source>
        <translation>Emplacement du locataire</translation>
    </message>
    <message>
        <source>Tenant na&amp;me:</source>
        <translation>&amp;Nom du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>Acme Ltd</source>
        <translation>Acme Ltd</translation>
    </message>
    <message>
        <source>Tenant &amp;subdomain:</source>
        <translation>Sous-&amp;domaine du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant subdomain</source>
        <translation>Sous-domaine du locataire</translation>
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
        <translation>Étapes de vérification</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Relancer les vérifications</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message>
        <source>&amp;Details and reports…</source>
        <translation>&amp;Détails et rapports…</translation>
    </message>
    <message>
        <source>Open the results view</source>
        <translation>Ouvrir la vue des résultats</translation>
    </message>
    <message>
        <source>Measure throughput</source>
        <translation>Mesurer le débit</translation>
    </message>
    <message>
        <source>Also measure &amp;throughput (up to 10 seconds of read-only requests)</source>
        <translation>Mesurer aussi le dé&amp;bit (10 s au plus, lecture seule)</translation>
    </message>
    <message>
        <source>When checked, the next check also sends read-only lookups at a rising rate up to 30 per second and reports the rate and latency the endpoint sustains.</source>
        <translation>Si cette case est cochée, la prochaine vérification envoie aussi des recherches en lecture seule à un rythme croissant, jusqu’à 30 par seconde, et indique le débit et la latence que le point de terminaison soutient.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable de démonstration n’a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1 is not the console&apos;s core plug-in.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 n’est pas le plug-in principal de la console.</translation>
    </message>
</context>
<context>
    <name>app::ContactPage</name>
    <message>
        <source>Named contact</source>
        <translation>Contact désigné</translation>
    </message>
    <message>
        <source>The one person who receives the SCIM credentials.</source>
        <translation>La seule personne qui reçoit les informations d’identification SCIM.</translation>
    </message>
</context>
<context>
    <name>app::CredentialsPage</name>
    <message>
        <source>Store your SCIM credentials</source>
        <translation>Enregistrer vos informations d’identification SCIM</translation>
    </message>
    <message>
        <source>From the message your named contact received.</source>
        <translation>D’après le message reçu par votre contact désigné.</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Démo bac à sable</translation>
    </message>
    <message>
        <source>Demo: these are the embedded sandbox&apos;s details. The token stays in memory; nothing is stored.</source>
        <translation>Démo&#xa0;: voici les informations du bac à sable intégré. Le jeton reste en mémoire&#xa0;; rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
</context>
<context>
    <name>app::GoLivePage</name>
    <message>
        <source>Go live</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <source>The pilot group first, then everyone.</source>
        <translation>D’abord le groupe pilote, ensuite tout le monde.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Assign the pilot group “%1”&lt;/b&gt; in %2 — a handful of real colleagues, not everyone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;After the first provisioning cycle&lt;/b&gt;, check each pilot user arrived, is active, has the right attributes and is in the group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Watch&lt;/b&gt; %3 for failures, and ask the pilot users to sign in with SSO: the account SCIM created must be the one they land in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Leavers&lt;/b&gt;: %4&lt;/li&gt;&lt;li&gt;When the pilot looks right for a few days, &lt;b&gt;widen the assignment&lt;/b&gt; to everyone who needs access.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service, %2 the IdP, %3 its logs, %4 how it treats leavers</extracomment>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Attribuez le groupe pilote «&#xa0;%1&#xa0;»&lt;/b&gt; dans %2 — une poignée de vrais collègues, pas tout le monde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Après le premier cycle de provisionnement&lt;/b&gt;, vérifiez que chaque utilisateur pilote est arrivé, est actif, a les bons attributs et fait partie du groupe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Surveillez&lt;/b&gt; %3 pour repérer les échecs, et demandez aux utilisateurs pilotes de se connecter en SSO&#xa0;: le compte créé par SCIM doit être celui sur lequel ils arrivent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Départs&lt;/b&gt;&#xa0;: %4&lt;/li&gt;&lt;li&gt;Quand le pilote donne satisfaction pendant quelques jours, &lt;b&gt;élargissez l’attribution&lt;/b&gt; à toutes les personnes qui ont besoin d’un accès.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Okta&apos;s Tasks and System Log</source>
        <translation>les pages Tasks et System Log d’Okta</translation>
    </message>
    <message>
        <source>Entra ID&apos;s provisioning logs</source>
        <translation>les journaux de provisionnement d’Entra ID</translation>
    </message>
    <message>
        <source>Okta only deactivates users; it never deletes them.</source>
        <translation>Okta ne fait que désactiver les utilisateurs&#xa0;; il ne les supprime jamais.</translation>
    </message>
    <message>
        <source>Entra ID first disables a user (active false), and deletes the account about 30 days later.</source>
        <translation>Entra ID désactive d’abord l’utilisateur (active false), puis supprime le compte environ 30 jours plus tard.</translation>
    </message>
    <message>
        <source>How long Entra ID&apos;s first provisioning cycle takes depends on how many people you assign: enter their number to see an estimate.</source>
        <translation>La durée du premier cycle de provisionnement d’Entra ID dépend du nombre de personnes que vous attribuez&#xa0;: saisissez ce nombre pour obtenir une estimation.</translation>
    </message>
    <message numerus="yes">
        <source>Your %Ln people: %1</source>
        <extracomment>%Ln is the number of people to assign, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>Pour %Ln personne&#xa0;: %1</numerusform>
            <numerusform>Pour %Ln personnes&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::IdentityProviderPage</name>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d’identité</translation>
    </message>
    <message>
        <source>Where your users and groups come from.</source>
        <translation>L’origine de vos utilisateurs et groupes.</translation>
    </message>
</context>
<context>
    <name>app::IdpSetupPage</name>
    <message>
        <source>URL copied.</source>
        <translation>URL copiée.</translation>
    </message>
    <message>
        <source>SCIM connector base URL:</source>
        <translation>URL de base du connecteur SCIM&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant URL:</source>
        <translation>URL du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Set up provisioning in Okta</source>
        <translation>Configurer le provisionnement dans Okta</translation>
    </message>
    <message>
        <source>Set up provisioning in Microsoft Entra ID</source>
        <translation>Configurer le provisionnement dans Microsoft Entra ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The URL above ends in ?aadOptscim062020&lt;/b&gt;: the pilot showed this service needs Entra ID&apos;s RFC-compliant requests. Keep it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’URL ci-dessus se termine par&#xa0;?aadOptscim062020&lt;/b&gt;&#xa0;: le pilote a montré que ce service a besoin des requêtes conformes aux RFC d’Entra ID. Conservez-la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up provisioning in your Okta app</source>
        <translation>Configurer le provisionnement dans votre application Okta</translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default. Your SSO signs people in by email: where a user&apos;s UPN and mail differ, change that row to &lt;code&gt;mail&lt;/code&gt; → &lt;code&gt;userName&lt;/code&gt;.</source>
        <translation>Par défaut, Entra ID envoie &lt;code&gt;userPrincipalName&lt;/code&gt; comme &lt;code&gt;userName&lt;/code&gt;. Votre SSO connecte les utilisateurs par leur adresse e-mail&#xa0;: lorsque l’UPN et l’adresse e-mail d’un utilisateur diffèrent, remplacez cette ligne par &lt;code&gt;mail&lt;/code&gt; → &lt;code&gt;userName&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Entra ID sends &lt;code&gt;userPrincipalName&lt;/code&gt; as &lt;code&gt;userName&lt;/code&gt; by default, and matches existing accounts on it. Keep it if your SSO signs people in with the UPN.</source>
        <translation>Par défaut, Entra ID envoie &lt;code&gt;userPrincipalName&lt;/code&gt; comme &lt;code&gt;userName&lt;/code&gt; et s’en sert pour retrouver les comptes existants. Conservez cette ligne si votre SSO connecte les utilisateurs avec l’UPN.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Change these attribute mappings first&lt;/b&gt; — the pilot found the service does not store them:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modifiez d’abord ces mappages d’attributs&lt;/b&gt; — le pilote a constaté que le service ne les enregistre pas&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>Mode d’authentification</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison de jeton</translation>
    </message>
    <message>
        <source>Client identifier</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <extracomment>%1 names the value, e.g. &quot;Client identifier&quot;</extracomment>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Authorization token:</source>
        <translation>Jeton d’autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Secret Token:</source>
        <translation>Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the secret token</source>
        <translation>Copier le jeton secret</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Copy pass&amp;word</source>
        <translation>C&amp;opier le mot de passe</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Client Secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Copy client &amp;secret</source>
        <translation>Copier le secret c&amp;lient</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Copier le secret client</translation>
    </message>
    <message>
        <source>Microsoft Entra ID cannot sign in with this profile&apos;s authentication mode: it offers a Secret Token or OAuth 2.0 client credentials. Ask the service provider for those.</source>
        <translation>Microsoft Entra ID ne peut pas s’authentifier avec le mode d’authentification de ce profil&#xa0;: il propose un jeton secret ou les informations d’identification du client OAuth 2.0. Demandez-les au fournisseur de services.</translation>
    </message>
    <message>
        <source>Okta cannot sign in with OAuth 2.0 client credentials: it offers a token (HTTP Header) or Basic Auth. Ask the service provider for those.</source>
        <translation>Okta ne peut pas s’authentifier avec les informations d’identification du client OAuth 2.0&#xa0;: il propose un jeton (HTTP Header) ou Basic Auth. Demandez-les au fournisseur de services.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;HTTP Header&lt;/b&gt;; paste the token as the Bearer value (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Authentication Mode&lt;/b&gt;&#xa0;: &lt;b&gt;HTTP Header&lt;/b&gt;&#xa0;; collez le jeton comme valeur Bearer (&lt;i&gt;Copier le jeton&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Tenant URL&lt;/b&gt; above and the &lt;b&gt;Secret Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>Collez l’&lt;b&gt;URL du locataire&lt;/b&gt; ci-dessus et le &lt;b&gt;Jeton secret&lt;/b&gt; (&lt;i&gt;Copier le jeton&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication Mode&lt;/b&gt;: &lt;b&gt;Basic Auth&lt;/b&gt;; paste the &lt;b&gt;Username&lt;/b&gt; and the &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Authentication Mode&lt;/b&gt;&#xa0;: &lt;b&gt;Basic Auth&lt;/b&gt;&#xa0;; collez le nom d’utilisateur et le mot de passe ci-dessus dans &lt;b&gt;Username&lt;/b&gt; et &lt;b&gt;Password&lt;/b&gt; (&lt;i&gt;Copier le mot de passe&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Entra ID has no Basic authentication: ask the service provider for a Secret Token.</source>
        <translation>Entra ID ne propose pas l’authentification de base&#xa0;: demandez un jeton secret au fournisseur de services.</translation>
    </message>
    <message>
        <source>Okta has no OAuth 2.0 client credentials for SCIM: ask the service provider for a token.</source>
        <translation>Okta ne propose pas d’informations d’identification du client OAuth 2.0 pour SCIM&#xa0;: demandez un jeton au fournisseur de services.</translation>
    </message>
    <message>
        <source>Set &lt;b&gt;Authentication Method&lt;/b&gt; to &lt;b&gt;OAuth2 Client Credentials Grant&lt;/b&gt;; paste the &lt;b&gt;Tenant URL&lt;/b&gt;, &lt;b&gt;Token Endpoint&lt;/b&gt;, &lt;b&gt;Client Identifier&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; above (&lt;i&gt;Copy client secret&lt;/i&gt;).</source>
        <translation>Définissez &lt;b&gt;Méthode d’authentification&lt;/b&gt; sur &lt;b&gt;OAuth2 Client Credentials Grant&lt;/b&gt;&#xa0;; collez l’&lt;b&gt;URL du locataire&lt;/b&gt;, le &lt;b&gt;Point de terminaison de jeton&lt;/b&gt;, l’&lt;b&gt;ID client&lt;/b&gt; et le &lt;b&gt;Secret client&lt;/b&gt; ci-dessus (&lt;i&gt;Copier le secret client&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;p&gt;For the service provider&apos;s app from the Okta Integration Network catalog:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Configure API Integration&lt;/b&gt;, and tick &lt;b&gt;Enable API integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above as the base URL. %2 Click &lt;b&gt;Test API Credentials&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Push Groups&lt;/b&gt;: push the pilot group and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service provider, %2 a sentence on how to enter the credentials</extracomment>
        <translation>&lt;p&gt;Pour l’application du fournisseur de services issue du catalogue Okta Integration Network&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans la console d’administration Okta, ouvrez &lt;b&gt;Applications&lt;/b&gt; → votre application → &lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Configure API Integration&lt;/b&gt;, et cochez &lt;b&gt;Enable API integration&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez l’&lt;b&gt;URL de base du connecteur SCIM&lt;/b&gt; ci-dessus comme URL de base. %2 Cliquez sur &lt;b&gt;Test API Credentials&lt;/b&gt;, puis sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;&#xa0;: activez &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; et &lt;b&gt;Deactivate Users&lt;/b&gt;&#xa0;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;&#xa0;: attribuez uniquement votre groupe pilote.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Push Groups&lt;/b&gt;&#xa0;: poussez le groupe pilote et choisissez &lt;b&gt;Link to an existing group&lt;/b&gt; → «&#xa0;%1&#xa0;».&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Where the app offers &lt;b&gt;Basic Auth&lt;/b&gt;, choose it and paste the &lt;b&gt;Username&lt;/b&gt; and &lt;b&gt;Password&lt;/b&gt; above (&lt;i&gt;Copy password&lt;/i&gt;).</source>
        <translation>Si l’application propose &lt;b&gt;Basic Auth&lt;/b&gt;, choisissez cette option et collez le nom d’utilisateur et le mot de passe ci-dessus dans &lt;b&gt;Username&lt;/b&gt; et &lt;b&gt;Password&lt;/b&gt; (&lt;i&gt;Copier le mot de passe&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Paste the token as the &lt;b&gt;API Token&lt;/b&gt; (&lt;i&gt;Copy token&lt;/i&gt;).</source>
        <translation>Collez le jeton dans &lt;b&gt;API Token&lt;/b&gt; (&lt;i&gt;Copier le jeton&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>&lt;p&gt;For an app you created with Okta&apos;s App Integration Wizard (SAML or SWA):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Okta Admin Console open &lt;b&gt;Applications&lt;/b&gt; → your app → &lt;b&gt;General&lt;/b&gt; → &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, set &lt;b&gt;Provisioning&lt;/b&gt; to &lt;b&gt;SCIM&lt;/b&gt;, and &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: paste the &lt;b&gt;SCIM connector base URL&lt;/b&gt; above; set &lt;b&gt;Unique identifier field for users&lt;/b&gt; to &lt;code&gt;userName&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Supported provisioning actions&lt;/b&gt;: &lt;b&gt;Push New Users&lt;/b&gt;, &lt;b&gt;Push Profile Updates&lt;/b&gt; and &lt;b&gt;Push Groups&lt;/b&gt; (add &lt;b&gt;Import New Users and Profile Updates&lt;/b&gt; if you want imports).&lt;/li&gt;&lt;li&gt;%2 Click &lt;b&gt;Test Connector Configuration&lt;/b&gt;, then &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;: enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;: assign only your pilot group. &lt;b&gt;Push Groups&lt;/b&gt;: push it and choose &lt;b&gt;Link to an existing group&lt;/b&gt; → “%1”.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is the pilot group&apos;s name at the service provider, %2 a sentence on how to enter the credentials</extracomment>
        <translation>&lt;p&gt;Pour une application créée avec l’App Integration Wizard d’Okta (SAML ou SWA)&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Dans la console d’administration Okta, ouvrez &lt;b&gt;Applications&lt;/b&gt; → votre application → &lt;b&gt;General&lt;/b&gt; → &lt;b&gt;App Settings&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;, définissez &lt;b&gt;Provisioning&lt;/b&gt; sur &lt;b&gt;SCIM&lt;/b&gt;, puis cliquez sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;Integration&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;&#xa0;: collez l’&lt;b&gt;URL de base du connecteur SCIM&lt;/b&gt; ci-dessus&#xa0;; définissez &lt;b&gt;Unique identifier field for users&lt;/b&gt; sur &lt;code&gt;userName&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Supported provisioning actions&lt;/b&gt;&#xa0;: &lt;b&gt;Push New Users&lt;/b&gt;, &lt;b&gt;Push Profile Updates&lt;/b&gt; et &lt;b&gt;Push Groups&lt;/b&gt; (ajoutez &lt;b&gt;Import New Users and Profile Updates&lt;/b&gt; si vous voulez des importations).&lt;/li&gt;&lt;li&gt;%2 Cliquez sur &lt;b&gt;Test Connector Configuration&lt;/b&gt;, puis sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Provisioning&lt;/b&gt; → &lt;b&gt;To App&lt;/b&gt; → &lt;b&gt;Edit&lt;/b&gt;&#xa0;: activez &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; et &lt;b&gt;Deactivate Users&lt;/b&gt;&#xa0;; &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assignments&lt;/b&gt;&#xa0;: attribuez uniquement votre groupe pilote. &lt;b&gt;Push Groups&lt;/b&gt;&#xa0;: poussez-le et choisissez &lt;b&gt;Link to an existing group&lt;/b&gt; → «&#xa0;%1&#xa0;».&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the Entra admin center open &lt;b&gt;Enterprise applications&lt;/b&gt; → your app → &lt;b&gt;Provisioning&lt;/b&gt;; set &lt;b&gt;Provisioning Mode&lt;/b&gt; to &lt;b&gt;Automatic&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;%3 Then click &lt;b&gt;Test Connection&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mappings&lt;/b&gt;: %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; → &lt;b&gt;Scope&lt;/b&gt;: &lt;i&gt;Sync only assigned users and groups&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;Provisioning Status&lt;/b&gt; to &lt;b&gt;On&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;: nothing is provisioned until you do.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Users and groups&lt;/b&gt;: assign only your pilot group “%2”; then use &lt;b&gt;Provision on demand&lt;/b&gt; for one user and read the result.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Provisioning logs&lt;/b&gt; (under Monitoring) show every request and its answer. If many requests fail, Entra ID puts the app in &lt;b&gt;quarantine&lt;/b&gt;; fix the cause and restart provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <extracomment>%1 is advice on the userName mapping, %2 the pilot group&apos;s name, %3 how to enter the credentials</extracomment>
        <translation>&lt;ol&gt;&lt;li&gt;Dans le centre d’administration Microsoft Entra, ouvrez &lt;b&gt;Applications d’entreprise&lt;/b&gt; → votre application → &lt;b&gt;Provisionnement&lt;/b&gt;&#xa0;; définissez &lt;b&gt;Mode de provisionnement&lt;/b&gt; sur &lt;b&gt;Automatique&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;%3 Cliquez ensuite sur &lt;b&gt;Tester la connexion&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mappages&lt;/b&gt;&#xa0;: %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Paramètres&lt;/b&gt; → &lt;b&gt;Étendue&lt;/b&gt;&#xa0;: &lt;i&gt;Synchroniser uniquement les utilisateurs et les groupes attribués&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Définissez &lt;b&gt;État du provisionnement&lt;/b&gt; sur &lt;b&gt;Activé&lt;/b&gt; et cliquez sur &lt;b&gt;Enregistrer&lt;/b&gt;&#xa0;: rien n’est provisionné tant que vous ne l’avez pas fait.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Utilisateurs et groupes&lt;/b&gt;&#xa0;: attribuez uniquement votre groupe pilote «&#xa0;%2&#xa0;»&#xa0;; utilisez ensuite &lt;b&gt;Provisionner à la demande&lt;/b&gt; pour un utilisateur et lisez le résultat.&lt;/li&gt;&lt;li&gt;Les &lt;b&gt;Journaux de provisionnement&lt;/b&gt; (sous Supervision) montrent chaque requête et sa réponse. Si de nombreuses requêtes échouent, Entra ID met l’application en &lt;b&gt;quarantaine&lt;/b&gt;&#xa0;; corrigez la cause et redémarrez le provisionnement.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The token was cleared from the clipboard.</source>
        <translation>Le jeton a été effacé du presse-papiers.</translation>
    </message>
    <message>
        <source>The password was cleared from the clipboard.</source>
        <translation>Le mot de passe a été effacé du presse-papiers.</translation>
    </message>
    <message>
        <source>The client secret was cleared from the clipboard.</source>
        <translation>Le secret client a été effacé du presse-papiers.</translation>
    </message>
    <message>
        <source>Copied the token. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Le jeton a été copié. Collez-le maintenant&#xa0;: le presse-papiers sera effacé dans 30 secondes.</translation>
    </message>
    <message>
        <source>Copied the password. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Le mot de passe a été copié. Collez-le maintenant&#xa0;: le presse-papiers sera effacé dans 30 secondes.</translation>
    </message>
    <message>
        <source>Copied the client secret. Paste it now: the clipboard is cleared in 30 seconds.</source>
        <translation>Le secret client a été copié. Collez-le maintenant&#xa0;: le presse-papiers sera effacé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>app::MappingsPage</name>
    <message>
        <source>Stored</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Dropped silently</source>
        <translation>Ignoré sans avertissement</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation>Mappages d’attributs</translation>
    </message>
    <message>
        <source>What your identity provider will send, attribute by attribute.</source>
        <translation>Ce que votre fournisseur d’identité enverra, attribut par attribut.</translation>
    </message>
    <message>
        <source>IdP source</source>
        <translation>Source IdP</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>Attribut SCIM</translation>
    </message>
    <message>
        <source>Value sent</source>
        <translation>Valeur envoyée</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>The profile&apos;s imported mapping cannot be read (%1); the default is shown.</source>
        <translation>Le mappage importé du profil est illisible (%1)&#xa0;; le mappage par défaut est affiché.</translation>
    </message>
    <message>
        <source>Okta sends the attributes of the app&apos;s user profile. Switch off the rows your Okta app does not have, and choose the attribute Okta finds users by; the pilot then sends exactly these.</source>
        <translation>Okta envoie les attributs du profil utilisateur de l’application. Désactivez les lignes que votre application Okta ne possède pas, et choisissez l’attribut avec lequel Okta retrouve les utilisateurs&#xa0;; le pilote enverra alors exactement ces attributs.</translation>
    </message>
    <message>
        <source>Entra ID does not read the service&apos;s /Schemas for a custom app: it sends every row below that has a value. Import your app&apos;s real mapping to pilot with it: in Graph Explorer, GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema, and save the answer.</source>
        <translation>Pour une application personnalisée, Entra ID ne lit pas les /Schemas du service&#xa0;: il envoie chaque ligne ci-dessous qui a une valeur. Importez le mappage réel de votre application pour l’utiliser dans le pilote&#xa0;: dans Graph Explorer, exécutez GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema, puis enregistrez la réponse.</translation>
    </message>
    <message>
        <source>%1&apos;s default mapping.</source>
        <translation>Mappage par défaut de %1.</translation>
    </message>
    <message>
        <source>The mapping imported for this profile.</source>
        <translation>Le mappage importé pour ce profil.</translation>
    </message>
    <message>
        <source>the manager&apos;s id</source>
        <translation>l’id du responsable (manager)</translation>
    </message>
    <message>
        <source>(no value: not sent)</source>
        <translation>(aucune valeur&#xa0;: non envoyé)</translation>
    </message>
    <message>
        <source>(switched off)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Import the Entra ID synchronization schema</source>
        <translation>Importer le schéma de synchronisation Entra ID</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1. The mapping is unchanged.</source>
        <extracomment>%1 is the reason the mapping file cannot be used</extracomment>
        <translation>Ce fichier est inutilisable&#xa0;: %1. Le mappage n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user row(s) from %1.</source>
        <extracomment>%n is the number of user attribute mapping rows imported, %1 the file path</extracomment>
        <translation>
            <numerusform>%n ligne d’utilisateur importée depuis %1.</numerusform>
            <numerusform>%n lignes d’utilisateur importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <extracomment>%1 is a made-up value the console sends to show the mapping works</extracomment>
        <translation>%1 (exemple)</translation>
    </message>
</context>
<context>
    <name>app::NextStepsPage</name>
    <message>
        <source>What happens next</source>
        <translation>Ce qui se passe ensuite</translation>
    </message>
    <message>
        <source>&lt;p&gt;First send the request; then:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envoyez d’abord la demande&#xa0;; ensuite&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(waiting for %1)</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>(en attente de %1)</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(terminé)</translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation>(vous êtes ici)</translation>
    </message>
    <message>
        <source>&lt;p&gt;When your named contact has the endpoint URL and token, open the console again and choose &lt;i&gt;I have received my endpoint and token&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quand votre contact désigné a reçu l’URL du point de terminaison et le jeton, rouvrez la console et choisissez &lt;i&gt;J’ai reçu mon point de terminaison et mon jeton&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::PilotGroupPage</name>
    <message>
        <source>The pilot group</source>
        <translation>Le groupe pilote</translation>
    </message>
    <message>
        <source>Real people&apos;s accounts: the console only reads, it never writes.</source>
        <translation>Comptes de personnes réelles&#xa0;: la console ne fait que lire, elle n’écrit jamais.</translation>
    </message>
    <message>
        <source>List the pilot group&apos;s people in a CSV file (a header row with userName; Entra ID&apos;s and Okta&apos;s user exports work as they are). Before you assign the group in the IdP, preview what its first sync will do for each person; after the first provisioning cycle, confirm that everyone arrived as the file says.</source>
        <translation>Listez les personnes du groupe pilote dans un fichier CSV (une ligne d’en-tête avec userName&#xa0;; les exports d’utilisateurs d’Entra ID et d’Okta fonctionnent tels quels). Avant d’attribuer le groupe dans l’IdP, prévisualisez l’effet de sa première synchronisation pour chaque personne&#xa0;; après le premier cycle de provisionnement, confirmez que chacun est arrivé comme l’indique le fichier.</translation>
    </message>
    <message>
        <source>The pilot group&apos;s CSV file</source>
        <translation>Le fichier CSV du groupe pilote</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file of the pilot group.</source>
        <translation>Choisissez le fichier CSV du groupe pilote.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be used yet:&lt;/b&gt;&lt;br&gt;%1</source>
        <extracomment>%1 is a list of problems found in the CSV file, one per line</extracomment>
        <translation>&lt;b&gt;Ce fichier n’est pas encore utilisable&#xa0;:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n people, ready to check.</source>
        <extracomment>%n is the number of people in the pilot group&apos;s CSV file</extracomment>
        <translation>
            <numerusform>%n personne, prête pour la vérification.</numerusform>
            <numerusform>%n personnes, prêtes pour la vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <extracomment>%1 is a comma-separated list of CSV column names</extracomment>
        <translation>Colonnes non utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n people (read-only)…</source>
        <extracomment>%n is the number of people in the pilot group being checked</extracomment>
        <translation>
            <numerusform>Vérification de %n personne (lecture seule)…</numerusform>
            <numerusform>Vérification de %n personnes (lecture seule)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1 of %2…</source>
        <extracomment>%1 is the number of people checked so far, %2 the total number of people</extracomment>
        <translation>Vérification&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Nothing to fix: every person is as expected.</source>
        <translation>Rien à corriger&#xa0;: chaque personne est conforme aux attentes.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention: select one for what it means and what to do.</source>
        <extracomment>%n is the number of failed checks</extracomment>
        <translation>
            <numerusform>%n vérification demande votre attention&#xa0;: sélectionnez-la pour savoir ce qu’elle signifie et que faire.</numerusform>
            <numerusform>%n vérifications demandent votre attention&#xa0;: sélectionnez-en une pour savoir ce qu’elle signifie et que faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pilot group check is still running; it only reads, so stopping it changes nothing.</source>
        <translation>La vérification du groupe pilote est toujours en cours&#xa0;; elle ne fait que lire, l’arrêter ne change donc rien.</translation>
    </message>
    <message numerus="yes">
        <source>No failures; %n warning(s) to look at before you go on.</source>
        <extracomment>%n is the number of warnings</extracomment>
        <translation>
            <numerusform>Aucun échec&#xa0;; %n avertissement à examiner avant de continuer.</numerusform>
            <numerusform>Aucun échec&#xa0;; %n avertissements à examiner avant de continuer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PilotPage</name>
    <message>
        <source>Pilot: one test user&apos;s whole life</source>
        <translation>Pilote&#xa0;: le cycle de vie complet d’un utilisateur de test</translation>
    </message>
    <message>
        <source>Exactly the requests your identity provider will send, before you switch it on.</source>
        <translation>Exactement les requêtes que votre fournisseur d’identité enverra, avant que vous ne l’activiez.</translation>
    </message>
    <message>
        <source>The console creates a synthetic test user, changes it, adds it to and removes it from the group, deactivates and deletes it — then removes everything it created, whatever happens.</source>
        <translation>La console crée un utilisateur de test synthétique, le modifie, l’ajoute au groupe puis l’en retire, le désactive et le supprime — puis supprime tout ce qu’elle a créé, quoi qu’il arrive.</translation>
    </message>
    <message>
        <source>Cancelling; cleaning up what the pilot created…</source>
        <translation>Annulation&#xa0;; nettoyage de ce que le pilote a créé…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <source>Cleaning up what the pilot created…</source>
        <translation>Nettoyage de ce que le pilote a créé…</translation>
    </message>
    <message>
        <source>Cleanup finished: nothing was left behind.</source>
        <translation>Nettoyage terminé&#xa0;: il ne reste rien.</translation>
    </message>
    <message>
        <source>The pilot passed.</source>
        <translation>Le pilote a réussi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Some steps failed: select one for what it means and what to do.</source>
        <translation>Certaines étapes ont échoué&#xa0;: sélectionnez-en une pour savoir ce qu’elle signifie et que faire.</translation>
    </message>
    <message>
        <source>The pilot is writing its test user on %1. Stop it now and the console cleans up what it created before closing.</source>
        <extracomment>%1 is the host name of the service&apos;s SCIM endpoint</extracomment>
        <translation>Le pilote est en train d’écrire son utilisateur de test sur %1. Si vous l’arrêtez maintenant, la console nettoie ce qu’elle a créé avant de se fermer.</translation>
    </message>
    <message>
        <source>this creates, changes and deletes a test user (and a group membership) on %1.</source>
        <extracomment>%1 is the host name of the SCIM endpoint; follows the check box &quot;I understand:&quot;, hence lower case</extracomment>
        <translation>cette opération crée, modifie et supprime un utilisateur de test (et une appartenance à un groupe) sur %1.</translation>
    </message>
    <message>
        <source>Left behind: %1. Run the cleanup again from the start page, or with: scim-console cleanup.</source>
        <translation>Éléments restants&#xa0;: %1. Relancez le nettoyage depuis la page d’accueil, ou avec&#xa0;: scim-console cleanup.</translation>
    </message>
</context>
<context>
    <name>app::ProfileEditDialog</name>
    <message>
        <source>Edit “%1”</source>
        <extracomment>%1 is the name of the profile being edited</extracomment>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the connection details; the secret stays in your keychain (use Rotate to replace it). A new authentication mode needs the secret of that mode.</source>
        <translation>Modifiez les informations de connexion&#xa0;; le secret reste dans votre trousseau (utilisez «&#xa0;Renouveler le jeton&#xa0;» pour le remplacer). Un nouveau mode d’authentification exige le secret de ce mode.</translation>
    </message>
    <message>
        <source>Storing the secret in your system keychain…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
</context>
<context>
    <name>app::ProfileFieldsForm</name>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>User name (userName)</source>
        <translation>Nom d’utilisateur (userName)</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>&amp;Group at %1:</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Groupe che&amp;z %1&#xa0;:</translation>
    </message>
    <message>
        <source>The group %1 created for you, from the message you received — not the group you assign to the app in your identity provider.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud; &quot;group&quot; here is the group at the service provider</extracomment>
        <translation>Le groupe que %1 a créé pour vous, indiqué dans le message reçu — pas le groupe que vous attribuez à l’application dans votre fournisseur d’identité.</translation>
    </message>
    <message>
        <source>I checked the endpoint host against the message I received</source>
        <translation>J’ai vérifié l’hôte du point de terminaison avec le message reçu</translation>
    </message>
    <message>
        <source>Your organisation&apos;s CA certificate</source>
        <translation>Le certificat d’AC de votre organisation</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts; I checked it against the message I received.</source>
        <extracomment>%1 is a host name, %2 the service provider</extracomment>
        <translation>%1 ne fait pas partie des hôtes habituels de %2&#xa0;; je l’ai vérifié avec le message reçu.</translation>
    </message>
    <message>
        <source>Bearer token (Secret Token)</source>
        <translation>Jeton du porteur (jeton secret)</translation>
    </message>
    <message>
        <source>HTTP header token (Okta)</source>
        <translation>Jeton d’en-tête HTTP (Okta)</translation>
    </message>
    <message>
        <source>Basic: username and password (Okta)</source>
        <translation>Authentification de base&#xa0;: nom d’utilisateur et mot de passe (Okta)</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials (Entra ID)</source>
        <translation>Informations d’identification du client OAuth 2.0 (Entra ID)</translation>
    </message>
    <message>
        <source>Automatic (HTTP Basic, then form fields)</source>
        <translation>Automatique (HTTP Basic, puis champs de formulaire)</translation>
    </message>
    <message>
        <source>HTTP Basic header</source>
        <translation>En-tête HTTP Basic</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs de formulaire</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Masqu&amp;er</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Affich&amp;er</translation>
    </message>
    <message>
        <source>Secret &amp;token:</source>
        <translation>&amp;Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Secret token</source>
        <translation>Jeton secret</translation>
    </message>
    <message>
        <source>Reveal the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Basic authentication password</source>
        <translation>Mot de passe de l’authentification de base</translation>
    </message>
    <message>
        <source>Reveal the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Secret c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>Reveal the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>%1 cannot sign in this way: it offers %2. Choose the mode the service provider gave you details for.</source>
        <extracomment>%1 is the identity provider, e.g. Microsoft Entra ID; %2 the modes it offers</extracomment>
        <translation>%1 ne peut pas s’authentifier de cette façon&#xa0;: il propose %2. Choisissez le mode pour lequel le fournisseur de services vous a donné des informations.</translation>
    </message>
    <message>
        <source>a bearer token or OAuth 2.0 client credentials</source>
        <translation>un jeton du porteur ou les informations d’identification du client OAuth 2.0</translation>
    </message>
    <message>
        <source>a token (bearer or HTTP header) or Basic authentication</source>
        <translation>un jeton (du porteur ou d’en-tête HTTP) ou l’authentification de base</translation>
    </message>
</context>
<context>
    <name>app::ProfilesPage</name>
    <message>
        <source>Stored profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Remove this profile and delete its token from the keychain?</source>
        <translation>Supprimer ce profil et effacer son jeton du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>No profiles yet. Go back and choose “I have received my endpoint and token”.</source>
        <translation>Aucun profil pour l’instant. Revenez en arrière et choisissez «&#xa0;J’ai reçu mon point de terminaison et mon jeton&#xa0;».</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Storing the new token…</source>
        <translation>Enregistrement du nouveau jeton…</translation>
    </message>
    <message>
        <source>New token stored. Paste the same token into %1 now, then verify the profile again.</source>
        <translation>Nouveau jeton enregistré. Collez maintenant le même jeton dans %1, puis vérifiez à nouveau le profil.</translation>
    </message>
    <message>
        <source>Removed “%1” and its token.</source>
        <translation>«&#xa0;%1&#xa0;» et son jeton ont été supprimés.</translation>
    </message>
    <message>
        <source>Kept “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose one to verify, pilot and go live with — or change its details or token.</source>
        <translation>Choisissez le profil avec lequel vérifier, faire le pilote et passer en production — ou modifiez ses détails ou son jeton.</translation>
    </message>
    <message>
        <source>Sandbox demo (in memory)</source>
        <translation>Démo bac à sable (en mémoire)</translation>
    </message>
    <message>
        <source>The embedded sandbox on this computer: %1. Nothing is stored.</source>
        <extracomment>%1 is the URL of the embedded sandbox SCIM endpoint</extracomment>
        <translation>Le bac à sable intégré sur cet ordinateur&#xa0;: %1. Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved “%1”. Verify it again to check the new details.</source>
        <extracomment>%1 is the name of the profile</extracomment>
        <translation>«&#xa0;%1&#xa0;» enregistré. Vérifiez-le à nouveau pour contrôler les nouvelles informations.</translation>
    </message>
    <message>
        <source>%1 · %2
Signs in with: %3
Secret stored: %4 (last changed %5)
Last verify: %6
Last pilot: %7</source>
        <extracomment>%1 is the identity provider, %2 the endpoint, %3 how it authenticates (e.g. &quot;Basic, user ann&quot;)</extracomment>
        <translation>%1 · %2
S’authentifie avec&#xa0;: %3
Secret enregistré&#xa0;: %4 (dernière modification %5)
Dernière vérification&#xa0;: %6
Dernier pilote&#xa0;: %7</translation>
    </message>
    <message>
        <source>a bearer token</source>
        <translation>un jeton du porteur (bearer)</translation>
    </message>
    <message>
        <source>an HTTP header token</source>
        <translation>un jeton d’en-tête HTTP</translation>
    </message>
    <message>
        <source>Basic authentication, user %1</source>
        <extracomment>%1 is the username</extracomment>
        <translation>l’authentification de base, utilisateur %1</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials, client %1 at %2</source>
        <extracomment>%1 is the OAuth client id, %2 the token endpoint URL</extracomment>
        <translation>les informations d’identification du client OAuth 2.0, client %1 sur %2</translation>
    </message>
</context>
<context>
    <name>app::ResultsModel</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1: %2 (%L3 ms)</source>
        <extracomment>a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %L3 its time in milliseconds</extracomment>
        <translation>%1&#xa0;: %2 (%L3 ms)</translation>
    </message>
    <message>
        <source>%1: %2 [%3] (%L4 ms)</source>
        <extracomment>a step of a run: %1 its outcome (Passed, Failed, …), %2 its title, %3 the pilot user it was for, %L4 its time in milliseconds</extracomment>
        <translation>%1&#xa0;: %2 [%3] (%L4 ms)</translation>
    </message>
</context>
<context>
    <name>app::ResultsView</name>
    <message>
        <source>Only fa&amp;ilures and warnings</source>
        <translation>Éc&amp;hecs et avertissements seuls</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>Export the run as a report</source>
        <translation>Exporter l’exécution sous forme de rapport</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l’exécution</translation>
    </message>
    <message>
        <source>HTTP exchanges of the step</source>
        <translation>Échanges HTTP de l’étape</translation>
    </message>
    <message>
        <source>A curl command for a POSIX shell; it reads the token from $SCIM_CONSOLE_TOKEN.</source>
        <translation>Une commande curl pour un shell POSIX&#xa0;; elle lit le jeton dans $SCIM_CONSOLE_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation>Répon&amp;se</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Étapes</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Select a step to see what it checked, what it found and what to do.</source>
        <translation>Sélectionnez une étape pour voir ce qu’elle a vérifié, ce qu’elle a trouvé et que faire.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is a short error kind such as timeout, refused, dns or tls</extracomment>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 ms</source>
        <extracomment>%1 is the HTTP method, %2 the request URL, %3 the HTTP status or &quot;no answer…&quot;, %4 milliseconds</extracomment>
        <translation>%1 %2 → %3 · %4&#xa0;ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No answer: %1 %2</source>
        <extracomment>%1 is a short error kind such as timeout or tls, %2 the error&apos;s details</extracomment>
        <translation>Pas de réponse&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Copied. The command reads the token from $SCIM_CONSOLE_TOKEN; set it in your shell first — the token is not in the command.</source>
        <translation>Copié. La commande lit le jeton dans $SCIM_CONSOLE_TOKEN&#xa0;; définissez d’abord cette variable dans votre shell — le jeton ne figure pas dans la commande.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is the path of the report file</extracomment>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Exporter l’exécution</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON result (*.json)</source>
        <translation>Résultat JSON (*.json)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Show only failed steps and warnings</source>
        <translation>Afficher uniquement les étapes échouées et les avertissements</translation>
    </message>
    <message>
        <source>The request of the selected exchange</source>
        <translation>La requête de l’échange sélectionné</translation>
    </message>
    <message>
        <source>The response of the selected exchange</source>
        <translation>La réponse de l’échange sélectionné</translation>
    </message>
    <message>
        <source>Copy the selected exchange as a curl command</source>
        <translation>Copier l’échange sélectionné comme commande curl</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <extracomment>%1 is the path of the report file</extracomment>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3, %4 ms</source>
        <extracomment>%1 is the outcome, e.g. &quot;Verify passed&quot;, %2 the endpoint URL, %3 counts of results, %4 milliseconds</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 — %3, %4&#xa0;ms</translation>
    </message>
    <message>
        <source>The steps of the run, or its requests on a timeline</source>
        <translation>Les étapes de l’exécution, ou ses requêtes sur une chronologie</translation>
    </message>
    <message>
        <source>The request or the response of the selected exchange</source>
        <translation>La requête ou la réponse de l’échange sélectionné</translation>
    </message>
    <message>
        <source>Request timeline</source>
        <translation>Chronologie des requêtes</translation>
    </message>
</context>
<context>
    <name>app::ResultsWindow</name>
    <message>
        <source>Run results</source>
        <translation>Résultats de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Earlier runs (the last %1 are kept):</source>
        <translation>Exécutions &amp;précédentes (les %1 dernières sont conservées)&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier runs of this profile</source>
        <translation>Exécutions précédentes de ce profil</translation>
    </message>
    <message>
        <source>&amp;Delete this run</source>
        <translation>&amp;Supprimer cette exécution</translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation>Aucune exécution conservée pour l’instant.</translation>
    </message>
    <message>
        <source>Could not delete that run.</source>
        <translation>Impossible de supprimer cette exécution.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
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
        <translation>Relire et envoyer</translation>
    </message>
    <message>
        <source>Send this to %1 at %2.</source>
        <extracomment>%1 is the service provider&apos;s support team name, %2 its email address</extracomment>
        <translation>Envoyez ceci à %1 à l’adresse %2.</translation>
    </message>
    <message>
        <source>Opened in your mail app. Send it from there.</source>
        <translation>Ouvert dans votre application de messagerie. Envoyez-le depuis celle-ci.</translation>
    </message>
    <message>
        <source>No mail app answered. Copy the request and paste it into a new email.</source>
        <translation>Aucune application de messagerie n’a répondu. Copiez la demande et collez-la dans un nouvel e-mail.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a new email.</source>
        <translation>Copié. Collez-le dans un nouvel e-mail.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>scim-request.txt</source>
        <translation>scim-request.txt</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d’enregistrer dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>app::RunPage</name>
    <message>
        <source>A check is running.</source>
        <translation>Une vérification est en cours.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>app::RunTarget</name>
    <message>
        <source>Choose a stored profile first.</source>
        <translation>Choisissez d’abord un profil enregistré.</translation>
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
    <message>
        <source>Start &amp;page</source>
        <translation>Pa&amp;ge d’accueil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;&lt;br&gt;Everything here runs against the embedded sandbox tenant on this computer. Nothing is sent anywhere and nothing is stored.</source>
        <translation>&lt;b&gt;Démo&lt;/b&gt;&lt;br&gt;Tout ici s’exécute sur le locataire bac à sable intégré à cet ordinateur. Rien n’est envoyé nulle part et rien n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>app::StartPage</name>
    <message>
        <source>Welcome to SCIM Setup Console</source>
        <translation>Bienvenue dans SCIM Setup Console</translation>
    </message>
    <message>
        <source>Safe SCIM provisioning from Microsoft Entra ID or Okta.</source>
        <translation>Un provisionnement SCIM sûr depuis Microsoft Entra ID ou Okta.</translation>
    </message>
</context>
<context>
    <name>app::TenantPage</name>
    <message>
        <source>Your %1 tenant</source>
        <extracomment>%1 is the service provider, e.g. SureCloud; &quot;tenant&quot; is your organisation&apos;s account there</extracomment>
        <translation>Votre locataire %1</translation>
    </message>
    <message>
        <source>The tenant SCIM should provision users into.</source>
        <translation>Le locataire dans lequel SCIM doit provisionner les utilisateurs.</translation>
    </message>
    <message>
        <source>Use the names exactly as %1 knows them.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Utilisez les noms exactement tels que %1 les connaît.</translation>
    </message>
    <message>
        <source>Tenant &amp;location (if relevant):</source>
        <translation>&amp;Emplacement du locataire (le cas échéant)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app::ThroughputChart</name>
    <message>
        <source>Latency and request rate chart</source>
        <translation>Graphique de la latence et du débit de requêtes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answers by latency: %1</source>
        <extracomment>%1 lists the buckets (&quot;≤ 10 ms: 4, ≤ 25 ms: 120, …&quot;)</extracomment>
        <translation>Réponses par latence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation>Réponses par seconde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests sent in each second: %1</source>
        <extracomment>%1 lists one number per second (&quot;5, 10, 15&quot;)</extracomment>
        <translation>Requêtes envoyées par seconde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>milliseconds, at most</source>
        <translation>millisecondes, au plus</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>Rate over time</source>
        <translation>Débit dans le temps</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envois</translation>
    </message>
</context>
<context>
    <name>app::TimelineWidget</name>
    <message>
        <source>Request timeline</source>
        <translation>Chronologie des requêtes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a time in milliseconds on the timeline axis</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>No requests in this run.</source>
        <translation>Aucune requête dans cette exécution.</translation>
    </message>
    <message>
        <source>%1
started at %L2 ms, took %L3 ms (a retry)</source>
        <translation>%1
début à %L2&#xa0;ms, durée %L3&#xa0;ms (une nouvelle tentative)</translation>
    </message>
    <message>
        <source>%1
started at %L2 ms, took %L3 ms</source>
        <translation>%1
début à %L2&#xa0;ms, durée %L3&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>app::VerifyPage</name>
    <message>
        <source>Verify the endpoint and token</source>
        <translation>Vérifier le point de terminaison et le jeton</translation>
    </message>
    <message>
        <source>Before your identity provider is touched.</source>
        <translation>Avant toute modification dans votre fournisseur d’identité.</translation>
    </message>
    <message>
        <source>The console checks the URL, the connection and its certificate, that the token works and a wrong one is refused, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation>La console vérifie l’URL, la connexion et son certificat, que le jeton fonctionne et qu’un jeton erroné est refusé, et que les tests de connexion d’Entra ID et d’Okta réussiront.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>All checks passed. Continue with the pilot.</source>
        <translation>Toutes les vérifications ont réussi. Continuez avec le pilote.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Some checks failed: select one for what to do, then check again.</source>
        <translation>Certaines vérifications ont échoué&#xa0;: sélectionnez-en une pour savoir que faire, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The verification is still running; it only reads, so stopping it changes nothing.</source>
        <translation>La vérification est toujours en cours&#xa0;; elle ne fait que lire, l’arrêter ne change donc rien.</translation>
    </message>
</context>
<context>
    <name>app::WelcomePage</name>
    <message>
        <source>Prepare your SCIM request</source>
        <translation>Préparer votre demande SCIM</translation>
    </message>
    <message>
        <source>About ten minutes now, then a reply from %1.</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Une dizaine de minutes maintenant, puis une réponse de %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What SCIM does.&lt;/b&gt; Your identity provider creates, updates and deactivates %1 accounts for you, and keeps group membership in step — joiners, movers and leavers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do.&lt;/b&gt; SCIM does not sign anyone in: single sign-on (SSO) does that. You will usually use both.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you will need.&lt;/b&gt; Your tenant&apos;s name and subdomain (the first part of its web address), its location if you have more than one, and the person who should receive the endpoint URL and secret token.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens then.&lt;/b&gt; You send the request from your own mailbox; %1 enables SCIM and sends the details to your named contact. Come back here with them to store and test them.&lt;/p&gt;</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Ce que fait SCIM.&lt;/b&gt; Votre fournisseur d’identité crée, met à jour et désactive pour vous les comptes %1, et tient à jour l’appartenance aux groupes — arrivées, mutations et départs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce que SCIM ne fait pas.&lt;/b&gt; SCIM ne connecte personne&#xa0;: c’est le rôle de l’authentification unique (SSO). Vous utiliserez généralement les deux.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce dont vous aurez besoin.&lt;/b&gt; Le nom et le sous-domaine de votre locataire (la première partie de son adresse web), son emplacement si vous en avez plusieurs, et la personne qui doit recevoir l’URL du point de terminaison et le jeton secret.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qui se passe ensuite.&lt;/b&gt; Vous envoyez la demande depuis votre propre boîte aux lettres&#xa0;; %1 active SCIM et envoie les informations à votre contact désigné. Revenez ici avec ces informations pour les enregistrer et les tester.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::WizardFlow</name>
    <message>
        <source>Stop and close?</source>
        <translation>Arrêter et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer l’exécution</translation>
    </message>
    <message>
        <source>Close without keeping what you entered?</source>
        <translation>Fermer sans conserver votre saisie&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed on this page has not been saved yet.</source>
        <translation>Ce que vous avez saisi sur cette page n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Abandonner et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>A pilot run against %1 (started %2) did not finish cleaning up; its test users may still be there. Clean up before anything else.</source>
        <translation>Une exécution pilote sur %1 (démarrée le %2) n’a pas terminé son nettoyage&#xa0;; ses utilisateurs de test sont peut-être encore présents. Effectuez le nettoyage avant toute autre chose.</translation>
    </message>
    <message>
        <source>No stored profile has that endpoint; run: scim-console cleanup --endpoint %1</source>
        <extracomment>%1 is the endpoint URL; keep the command text unchanged</extracomment>
        <translation>Aucun profil enregistré n’a ce point de terminaison&#xa0;; lancez&#xa0;: scim-console cleanup --endpoint %1</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Cleaned up: nothing the pilot created is left.</source>
        <translation>Nettoyage effectué&#xa0;: il ne reste rien de ce que le pilote a créé.</translation>
    </message>
    <message>
        <source>Still left behind: %1. Try again later, or with scim-console cleanup.</source>
        <translation>Éléments encore restants&#xa0;: %1. Réessayez plus tard, ou avec scim-console cleanup.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: %1 [--demo] | COMMAND [options]

Without a command, opens the setup wizard.

</source>
        <extracomment>%1 is the program name (scim-console); keep the option and word COMMAND as they are</extracomment>
        <translation>Utilisation&#xa0;: %1 [--demo] | COMMAND [options]

Sans commande, ouvre l’assistant de configuration.

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options&#xa0;:
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
Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <extracomment>%1 is the program name (scim-console); keep COMMAND and --help as they are</extracomment>
        <translation>
Lancez « %1 COMMAND --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>There is no display to open the setup wizard on.
To try everything without a window, run:  %1 demo
For all commands, run:  %1 --help
</source>
        <extracomment>%1 is the program name (scim-console); keep &quot;demo&quot; and &quot;--help&quot; as they are</extracomment>
        <translation>Aucun affichage n’est disponible pour ouvrir l’assistant de configuration.
Pour tout essayer sans fenêtre&#xa0;:  %1 demo
Toutes les commandes&#xa0;:  %1 --help
</translation>
    </message>
    <message>
        <source>%1
Run &apos;%2 --help&apos; for usage.
</source>
        <extracomment>%1 is the command-line parser&apos;s error message, %2 the program name (scim-console)</extracomment>
        <translation>%1
Utilisation&#xa0;: voir « %2 --help ».
</translation>
    </message>
    <message>
        <source>Options must follow the command: %1
</source>
        <extracomment>%1 is the options given before the command</extracomment>
        <translation>Les options doivent suivre la commande&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.
</source>
        <extracomment>%1 is the unknown command name that was given, %2 the program name (scim-console)</extracomment>
        <translation>Commande inconnue « %1 ». Lancez « %2 --help » pour la liste des commandes.
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <extracomment>%1 is the extra command-line argument that was given</extracomment>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>A token never goes on the command line: use SCIM_CONSOLE_TOKEN or --token-stdin.</source>
        <translation>Un jeton ne figure jamais sur la ligne de commande&#xa0;: utilisez SCIM_CONSOLE_TOKEN ou --token-stdin.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Usage: %1 %2
Run “%1 %3 --help” for the options.
</source>
        <extracomment>%1 is the program name (scim-console), %2 the command&apos;s usage line, %3 the command&apos;s name</extracomment>
        <translation>Utilisation&#xa0;: %1 %2
Lancez «&#xa0;%1 %3 --help&#xa0;» pour les options.
</translation>
    </message>
</context>
<context>
    <name>cli::AuthOptions</name>
    <message>
        <source>How to authenticate: bearer (default), header, basic or oauth-client-credentials.</source>
        <translation>Mode d’authentification&#xa0;: bearer (par défaut), header, basic ou oauth-client-credentials.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>basic: the username; the password comes from SCIM_CONSOLE_PASSWORD or standard input.</source>
        <translation>basic&#xa0;: le nom d’utilisateur&#xa0;; le mot de passe provient de SCIM_CONSOLE_PASSWORD ou de l’entrée standard.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the token endpoint URL.</source>
        <translation>oauth-client-credentials&#xa0;: l’URL du point de terminaison de jeton.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the client id; the client secret comes from SCIM_CONSOLE_CLIENT_SECRET or standard input.</source>
        <translation>oauth-client-credentials&#xa0;: l’ID client&#xa0;; le secret client provient de SCIM_CONSOLE_CLIENT_SECRET ou de l’entrée standard.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>oauth-client-credentials: the scope to ask for (optional).</source>
        <translation>oauth-client-credentials&#xa0;: l’étendue à demander (facultatif).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>oauth-client-credentials: authenticate to the token endpoint with basic (an HTTP Basic header) or form (form fields); default: basic, then form.</source>
        <translation>oauth-client-credentials&#xa0;: authentification auprès du point de terminaison de jeton par basic (un en-tête HTTP Basic) ou form (champs de formulaire)&#xa0;; par défaut&#xa0;: basic, puis form.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>--auth is one of %1, not “%2”.</source>
        <extracomment>%1 is a comma-separated list of authentication modes, %2 the value given to --auth</extracomment>
        <translation>--auth doit être l’un de %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 does not apply to --auth %2.</source>
        <extracomment>%1 is a flag such as --client-id, %2 the authentication mode</extracomment>
        <translation>--%1 ne s’applique pas à --auth %2.</translation>
    </message>
    <message>
        <source>Password: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Secret client&#xa0;: </translation>
    </message>
    <message>
        <source>Secret token: </source>
        <extracomment>the prompt on the terminal; what is typed after it is not shown</extracomment>
        <translation>Jeton secret&#xa0;: </translation>
    </message>
</context>
<context>
    <name>cli::CleanupCommand</name>
    <message>
        <source>finish the cleanup of a pilot run that was interrupted</source>
        <translation>terminer le nettoyage d’une exécution pilote interrompue</translation>
    </message>
    <message>
        <source>Removes what an interrupted pilot run created, from its journal: the memberships it added and the users — only those carrying that run&apos;s marker.</source>
        <translation>Supprime ce qu’une exécution pilote interrompue a créé, d’après son journal&#xa0;: les appartenances qu’elle a ajoutées et les utilisateurs — uniquement ceux qui portent le marqueur de cette exécution.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation>Laisser les utilisateurs pilotes désactivés au lieu de les supprimer.</translation>
    </message>
    <message>
        <source>Nothing to clean up for %1.
</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Rien à nettoyer pour %1.
</translation>
    </message>
</context>
<context>
    <name>cli::DemoCommand</name>
    <message>
        <source>try everything against the embedded sandbox tenant, without a window</source>
        <translation>tout essayer avec le locataire bac à sable intégré, sans fenêtre</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation>Écrire le résultat JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Starts the embedded sandbox SCIM tenant on this computer and runs the console&apos;s checks against it. Nothing is sent anywhere and nothing is stored.</source>
        <translation>Démarre le locataire SCIM bac à sable intégré sur cet ordinateur et y exécute les vérifications de la console. Rien n’est envoyé nulle part et rien n’est enregistré.</translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.
</source>
        <translation>Le bac à sable n’a pas pu écouter sur 127.0.0.1.
</translation>
    </message>
    <message>
        <source>Demo: the embedded sandbox tenant is running at %1 with the group “SCIM Pilot”.
This is what `scim-console verify` shows for a healthy SCIM endpoint.

</source>
        <extracomment>%1 is the sandbox&apos;s local SCIM endpoint URL</extracomment>
        <translation>Démo&#xa0;: le locataire bac à sable intégré s’exécute à l’adresse %1 avec le groupe «&#xa0;SCIM Pilot&#xa0;».
Voici ce que `scim-console verify` affiche pour un point de terminaison SCIM en bon état.

</translation>
    </message>
    <message>
        <source>
Try it against your own endpoint: scim-console verify --endpoint URL --token-stdin
Or open the wizard on a desktop: scim-console --demo
</source>
        <translation>
Essayez-le sur votre propre point de terminaison&#xa0;: scim-console verify --endpoint URL --token-stdin
Ou ouvrez l’assistant sur un poste de travail&#xa0;: scim-console --demo
</translation>
    </message>
    <message>
        <source>
Now the pilot: one synthetic user&apos;s whole life, sent exactly as Microsoft Entra ID sends it, then cleaned up.

</source>
        <translation>
Place au pilote&#xa0;: toute la vie d’un utilisateur synthétique, envoyée exactement comme Microsoft Entra ID l’envoie, puis nettoyée.

</translation>
    </message>
</context>
<context>
    <name>cli::GroupCommand</name>
    <message>
        <source>predict the IdP&apos;s first sync for the pilot group in a CSV file (read-only)</source>
        <translation>prédire la première synchronisation de l’IdP pour le groupe pilote d’un fichier CSV (lecture seule)</translation>
    </message>
    <message>
        <source>after the IdP&apos;s first cycle, check each person of the CSV file arrived (read-only)</source>
        <translation>après le premier cycle de l’IdP, vérifier que chaque personne du fichier CSV est arrivée (lecture seule)</translation>
    </message>
    <message>
        <source>For each person in the file: would the IdP create a new account, link to an existing one, or collide with one that differs in case, email or externalId? Sends the IdP&apos;s own matching request and never writes.</source>
        <translation>Pour chaque personne du fichier&#xa0;: l’IdP créerait-il un nouveau compte, se lierait-il à un compte existant, ou entrerait-il en conflit avec un compte qui diffère par la casse, l’e-mail ou l’externalId&#xa0;? Envoie la requête de correspondance propre à l’IdP et n’écrit jamais rien.</translation>
    </message>
    <message>
        <source>For each person in the file: did the account arrive, is it active, are its attributes as in the file, is it in the group — and who is in the group but not in the file. Never writes.</source>
        <translation>Pour chaque personne du fichier&#xa0;: le compte est-il arrivé, est-il actif, ses attributs sont-ils ceux du fichier, est-il dans le groupe — et qui est dans le groupe sans être dans le fichier. N’écrit jamais rien.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The pilot group as CSV: a header row with userName (Entra ID and Okta user exports work too), at most %1 people.</source>
        <extracomment>%1 is the maximum number of people in the CSV file</extracomment>
        <translation>Le groupe pilote au format CSV&#xa0;: une ligne d’en-tête avec userName (les exports d’utilisateurs d’Entra ID et d’Okta conviennent aussi), %1 personnes au plus.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Whose matching request to send: entra or okta (default: the profile&apos;s).</source>
        <translation>IdP dont la requête de correspondance est envoyée&#xa0;: entra ou okta (par défaut&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName (default: the profile&apos;s).</source>
        <translation>Attribut avec lequel le SSO connecte les personnes&#xa0;: email ou userName (par défaut&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>The pilot group&apos;s id.</source>
        <translation>L’ID du groupe pilote.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The pilot group&apos;s name.</source>
        <translation>Le nom du groupe pilote.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--users FILE.csv is required: the people of the pilot group.
</source>
        <translation>--users FILE.csv est obligatoire&#xa0;: les personnes du groupe pilote.
</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp vaut entra ou okta, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.
</source>
        <extracomment>%1 is the value given to --sso-attribute</extracomment>
        <translation>--sso-attribute vaut email ou userName, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Indiquez --group-id ou --group-name, pas les deux.
</translation>
    </message>
    <message>
        <source>%1 cannot be used:
</source>
        <extracomment>%1 is the path of the CSV file</extracomment>
        <translation>%1 est inutilisable&#xa0;:
</translation>
    </message>
    <message>
        <source>Nothing was sent.
</source>
        <translation>Rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>Which group? Give --group-name or --group-id (or store one in the profile).
</source>
        <translation>Quel groupe&#xa0;? Indiquez --group-name ou --group-id (ou enregistrez-en un dans le profil).
</translation>
    </message>
</context>
<context>
    <name>cli::MappingsCommand</name>
    <message>
        <source>show the attribute mapping a pilot replays (default, a profile&apos;s, or an imported one)</source>
        <translation>afficher le mappage d’attributs que rejoue un pilote (par défaut, celui d’un profil ou un mappage importé)</translation>
    </message>
    <message>
        <source>Prints the attribute mapping the pilot sends, row by row, with the value its synthetic person sends for each. Nothing is sent to any service.</source>
        <translation>Affiche le mappage d’attributs envoyé par le pilote, ligne par ligne, avec la valeur que sa personne synthétique envoie pour chacune. Rien n’est envoyé à aucun service.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>entra or okta (default: the profile&apos;s IdP, else entra).</source>
        <translation>entra ou okta (par défaut&#xa0;: l’IdP du profil, sinon entra).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>The profile whose mapping to show.</source>
        <translation>Le profil dont le mappage est affiché.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An Entra ID synchronization schema (Graph: GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema) or a mapping file.</source>
        <translation>Un schéma de synchronisation Entra ID (Graph&#xa0;: GET /beta/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema) ou un fichier de mappage.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Switch this row on (Okta). Repeatable.</source>
        <translation>Activer cette ligne (Okta). Répétable.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Switch this row off (Okta). Repeatable.</source>
        <translation>Désactiver cette ligne (Okta). Répétable.</translation>
    </message>
    <message>
        <source>The attribute Okta finds users by (default: userName).</source>
        <translation>L’attribut par lequel Okta trouve les utilisateurs (par défaut&#xa0;: userName).</translation>
    </message>
    <message>
        <source>Remember the result for --profile&apos;s pilots.</source>
        <translation>Mémoriser le résultat pour les pilotes de --profile.</translation>
    </message>
    <message>
        <source>Forget --profile&apos;s mapping: back to the default.</source>
        <translation>Oublier le mappage de --profile&#xa0;: retour au mappage par défaut.</translation>
    </message>
    <message>
        <source>Print the mapping as JSON.</source>
        <translation>Afficher le mappage au format JSON.</translation>
    </message>
    <message>
        <source>No profile is named “%1”; see “scim-console profile list”.
</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Aucun profil ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;scim-console profile list&#xa0;».
</translation>
    </message>
    <message>
        <source>--%1 needs --profile: the mapping is remembered for a profile.
</source>
        <extracomment>%1 is the option name, save or reset</extracomment>
        <translation>--%1 exige --profile&#xa0;: le mappage est mémorisé pour un profil.
</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp vaut entra ou okta, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>The mapping cannot be used: %1. Nothing was changed.
</source>
        <extracomment>%1 is why the mapping file cannot be used</extracomment>
        <translation>Le mappage est inutilisable&#xa0;: %1. Rien n’a été modifié.
</translation>
    </message>
    <message>
        <source>The mapping has no row for “%1”; see “scim-console mappings”.
</source>
        <extracomment>%1 is the SCIM target attribute given, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Le mappage n’a pas de ligne pour «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;scim-console mappings&#xa0;».
</translation>
    </message>
    <message>
        <source>%1 attribute mapping (%2)
</source>
        <extracomment>%1 is the identity provider, e.g. Okta, %2 where the mapping came from: default or profile</extracomment>
        <translation>Mappage d’attributs %1 (%2)
</translation>
    </message>
    <message>
        <source>(the manager&apos;s id)</source>
        <translation>(l’ID du responsable)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source> (sample)</source>
        <translation> (exemple)</translation>
    </message>
    <message>
        <source> [off]</source>
        <translation> [désactivée]</translation>
    </message>
    <message>
        <source> [matching %1]</source>
        <extracomment>%1 is the row&apos;s matching precedence, a number from 1</extracomment>
        <translation> [correspondance %1]</translation>
    </message>
    <message>
        <source> [on create]</source>
        <translation> [à la création]</translation>
    </message>
    <message>
        <source>Groups:
</source>
        <translation>Groupes&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>cli::PilotCommand</name>
    <message>
        <source>replay a synthetic user&apos;s life as Entra ID or Okta sends it, then clean up</source>
        <translation>rejouer la vie d’un utilisateur synthétique comme Entra ID ou Okta l’envoie, puis nettoyer</translation>
    </message>
    <message>
        <source>Creates a synthetic pilot user, changes it, adds it to and removes it from the group, deactivates and deletes it — with exactly the requests your identity provider sends — and removes everything it created, whatever happens.</source>
        <translation>Crée un utilisateur pilote synthétique, le modifie, l’ajoute au groupe puis l’en retire, le désactive et le supprime — avec exactement les requêtes qu’envoie votre fournisseur d’identité — puis retire tout ce qu’il a créé, quoi qu’il arrive.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>How the IdP talks (default: the profile&apos;s IdP):%1</source>
        <extracomment>%1 is a list of dialect names, each with a summary on its own line</extracomment>
        <translation>Comment l’IdP communique (par défaut&#xa0;: l’IdP du profil)&#xa0;:%1</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <source>Test membership with the group with this id.</source>
        <translation>Tester l’appartenance avec le groupe portant cet ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Test membership with the group with this name.</source>
        <translation>Tester l’appartenance avec le groupe portant ce nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Domain of the synthetic userNames (default: the contact&apos;s, else example.com).</source>
        <translation>Domaine des userNames synthétiques (par défaut&#xa0;: celui du contact, sinon example.com).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>How many synthetic users (1–50).</source>
        <translation>Nombre d’utilisateurs synthétiques (1–50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many at once, like an IdP&apos;s burst (1–16).</source>
        <translation>Combien à la fois, comme une rafale d’un IdP (1–16).</translation>
    </message>
    <message>
        <source>Leave the pilot users deactivated instead of deleting them.</source>
        <translation>Laisser les utilisateurs pilotes désactivés au lieu de les supprimer.</translation>
    </message>
    <message>
        <source>--dialect is one of %1, not “%2”.
</source>
        <extracomment>%1 is a comma-separated list of dialect names, %2 the value given to --dialect</extracomment>
        <translation>--dialect vaut l’un de %1, pas «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Indiquez --group-id ou --group-name, pas les deux.
</translation>
    </message>
    <message>
        <source>--%1 is a whole number from 1 to %2, not “%3”.
</source>
        <extracomment>%1 is an option name, %2 its maximum, %3 the value given</extracomment>
        <translation>--%1 est un nombre entier de 1 à %2, pas «&#xa0;%3&#xa0;».
</translation>
    </message>
    <message>
        <source>--user-domain needs a domain such as example.com, not “%1”.
</source>
        <extracomment>%1 is the value given to --user-domain</extracomment>
        <translation>--user-domain exige un domaine tel que example.com, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>A previous pilot run against %1 did not finish its cleanup. Run “scim-console cleanup” with the same target first; nothing was sent.
</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Une exécution pilote précédente sur %1 n’a pas terminé son nettoyage. Lancez d’abord «&#xa0;scim-console cleanup&#xa0;» avec la même cible&#xa0;; rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>Left behind: %1. Run “scim-console cleanup” with the same target to try again.
</source>
        <extracomment>%1 is a comma-separated list of test users and group memberships still on the service</extracomment>
        <translation>Éléments restants&#xa0;: %1. Lancez «&#xa0;scim-console cleanup&#xa0;» avec la même cible pour réessayer.
</translation>
    </message>
    <message>
        <source>Pilot with this attribute mapping: an Entra ID synchronization schema or a mapping file (default: the profile&apos;s, else the IdP&apos;s default; see “scim-console mappings”).</source>
        <translation>Piloter avec ce mappage d’attributs&#xa0;: un schéma de synchronisation Entra ID ou un fichier de mappage (par défaut&#xa0;: celui du profil, sinon le mappage par défaut de l’IdP&#xa0;; voir «&#xa0;scim-console mappings&#xa0;»).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--mappings: %1. Nothing was sent.
</source>
        <extracomment>%1 is why the mapping file cannot be used</extracomment>
        <translation>--mappings&#xa0;: %1. Rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>The profile&apos;s attribute mapping cannot be used: %1. Run “scim-console mappings --profile %2 --reset”, or import it again; nothing was sent.
</source>
        <extracomment>%1 is why the saved mapping cannot be used, %2 the profile&apos;s name</extracomment>
        <translation>Le mappage d’attributs du profil est inutilisable&#xa0;: %1. Lancez «&#xa0;scim-console mappings --profile %2 --reset&#xa0;» ou importez-le de nouveau&#xa0;; rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>The attribute mapping is %1&apos;s, but the pilot plays %2; give a matching --dialect.
</source>
        <extracomment>%1 is the identity provider the mapping is for, %2 the one the pilot imitates, e.g. Okta</extracomment>
        <translation>Le mappage d’attributs est celui de %1, mais le pilote joue %2&#xa0;; indiquez un --dialect correspondant.
</translation>
    </message>
</context>
<context>
    <name>cli::ProfileCommand</name>
    <message>
        <source>add, list, rename, re-token or remove stored profiles</source>
        <translation>ajouter, lister, renommer, changer le jeton ou supprimer des profils enregistrés</translation>
    </message>
    <message>
        <source>Unknown profile command “%1”.
</source>
        <extracomment>%1 is the unknown sub-command given</extracomment>
        <translation>Commande de profil inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>The token says it expires on %1.
</source>
        <extracomment>%1 is the token&apos;s expiry date and time; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Le jeton indique qu’il expire le %1.
</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: scim-console profile add NAME --endpoint URL
</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un avec&#xa0;: scim-console profile add NAME --endpoint URL
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
  fournisseur d’identité&#xa0;: %2
  point de terminaison&#xa0;: %3
  jeton enregistré&#xa0;: %4
  dernière vérification&#xa0;: %5
  dernier pilote&#xa0;: %6
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.
</source>
        <extracomment>%1 is the old profile name, %2 the new one</extracomment>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.
</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>Stored the new token for “%1”.
Now paste the same token into %2 (the old one stops working), then check it with: scim-console verify --profile &quot;%1&quot;
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the identity provider, e.g. Okta; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Nouveau jeton enregistré pour «&#xa0;%1&#xa0;».
Collez maintenant ce même jeton dans %2 (l’ancien cesse de fonctionner), puis vérifiez-le avec&#xa0;: scim-console verify --profile &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>The profile was kept because its token could not be removed from the keychain.
</source>
        <translation>Le profil a été conservé, car son jeton n’a pas pu être supprimé du trousseau.
</translation>
    </message>
    <message>
        <source>Removed profile “%1” and its token.
</source>
        <extracomment>%1 is the profile&apos;s name; &quot;token&quot; is its stored SCIM secret</extracomment>
        <translation>Profil «&#xa0;%1&#xa0;» et son jeton supprimés.
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
        <translation>Utilisation&#xa0;:
  scim-console profile add NAME --endpoint URL [options]   (jeton sur stdin)
  scim-console profile edit NAME [--endpoint URL] [options]
  scim-console profile list [--json]
  scim-console profile rename OLD NEW
  scim-console profile set-token NAME   (jeton sur stdin)
  scim-console profile remove NAME
Lancez «&#xa0;scim-console profile add --help&#xa0;» (ou edit, list, …) pour les options.
</translation>
    </message>
    <message>
        <source>Stores a new profile: the endpoint and its details in the settings, the token — read from standard input — in the system keychain.</source>
        <translation>Enregistre un nouveau profil&#xa0;: le point de terminaison et ses détails dans les paramètres, le jeton — lu sur l’entrée standard — dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The profile&apos;s name, e.g. Production.</source>
        <translation>Le nom du profil, p. ex. Production.</translation>
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
        <translation>Rien à modifier&#xa0;: indiquez au moins une option parmi --endpoint, --idp, --group-id, --group-name, --ca-file, --sso-attribute.
</translation>
    </message>
    <message>
        <source>Saved “%1”.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» enregistré.
</translation>
    </message>
    <message>
        <source>Lists the stored profiles; never a token.</source>
        <translation>Liste les profils enregistrés&#xa0;; jamais de jeton.</translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation>Écrire la liste au format JSON.</translation>
    </message>
    <message>
        <source>profile list [--json]</source>
        <translation>profile list [--json]</translation>
    </message>
    <message>
        <source>Renames a profile; its token stays where it is.</source>
        <translation>Renomme un profil&#xa0;; son jeton reste où il est.</translation>
    </message>
    <message>
        <source>profile rename OLD NEW</source>
        <translation>profile rename OLD NEW</translation>
    </message>
    <message>
        <source>Replaces a profile&apos;s token with one read from standard input.</source>
        <translation>Remplace le jeton d’un profil par un jeton lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>profile set-token NAME</source>
        <translation>profile set-token NAME</translation>
    </message>
    <message>
        <source>Removes a profile: its token from the keychain first, then its details and its run history.</source>
        <translation>Supprime un profil&#xa0;: d’abord son jeton du trousseau, puis ses détails et son historique d’exécutions.</translation>
    </message>
    <message>
        <source>profile remove NAME</source>
        <translation>profile remove NAME</translation>
    </message>
    <message>
        <source>Changes a stored profile&apos;s details; only the options given change. The secret stays in the keychain (profile set-token replaces it); a new --auth mode reads its own secret from its variable or standard input.</source>
        <translation>Modifie les détails d’un profil enregistré&#xa0;; seules les options indiquées changent. Le secret reste dans le trousseau (profile set-token le remplace)&#xa0;; un nouveau mode --auth lit son propre secret depuis sa variable ou l’entrée standard.</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the password is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré pour %2&#xa0;; le mot de passe est dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the client secret is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré pour %2&#xa0;; le secret client est dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Saved profile “%1” for %2; the secret token is in your system keychain.
</source>
        <extracomment>%1 is the profile&apos;s name, %2 the SCIM endpoint URL</extracomment>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré pour %2&#xa0;; le jeton secret est dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new password.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» et son nouveau mot de passe enregistrés.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new client secret.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» et son nouveau secret client enregistrés.
</translation>
    </message>
    <message>
        <source>Saved “%1” and its new secret token.
</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>«&#xa0;%1&#xa0;» et son nouveau jeton secret enregistrés.
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
        <translation>L’URL du point de terminaison SCIM que vous avez reçue.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra or okta (default entra).</source>
        <translation>Le fournisseur d’identité que vous allez connecter&#xa0;: entra ou okta (par défaut entra).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by id.</source>
        <translation>Le groupe du fournisseur de services pour le pilote, par ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The service provider&apos;s group for the pilot, by name.</source>
        <translation>Le groupe du fournisseur de services pour le pilote, par nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (your organisation&apos;s TLS inspection CA); an empty value removes it.</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM (l’AC d’inspection TLS de votre organisation)&#xa0;; une valeur vide le retire.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>What SSO signs people in with: email or userName.</source>
        <translation>Attribut avec lequel le SSO connecte les personnes&#xa0;: email ou userName.</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>Accept an endpoint host outside the service provider&apos;s usual ones (after checking it).</source>
        <translation>Accepter un hôte de point de terminaison hors des hôtes habituels du fournisseur de services (après l’avoir vérifié).</translation>
    </message>
    <message>
        <source>--endpoint URL is required: the SCIM endpoint URL you received.</source>
        <translation>--endpoint URL est obligatoire&#xa0;: l’URL du point de terminaison SCIM que vous avez reçue.</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s usual hosts (%3). Check the URL against the message you received; if it is right, add --accept-host.</source>
        <extracomment>%1 is the endpoint&apos;s host name, %2 the service provider, %3 a list of its usual hosts</extracomment>
        <translation>%1 ne fait pas partie des hôtes habituels de %2 (%3). Comparez l’URL avec le message que vous avez reçu&#xa0;; si elle est correcte, ajoutez --accept-host.</translation>
    </message>
    <message>
        <source>--idp is entra or okta, not “%1”.</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp vaut entra ou okta, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.</source>
        <translation>Indiquez --group-id ou --group-name, pas les deux.</translation>
    </message>
    <message>
        <source>--sso-attribute is email or userName, not “%1”.</source>
        <extracomment>%1 is the value given to --sso-attribute</extracomment>
        <translation>--sso-attribute vaut email ou userName, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Note: %1 lists %3 as its authentication, not %2; check the message you received.</source>
        <extracomment>%1 is the vendor, %2 the mode given, %3 the modes the vendor lists</extracomment>
        <translation>Remarque&#xa0;: %1 indique %3 comme authentification, pas %2&#xa0;; vérifiez le message que vous avez reçu.</translation>
    </message>
</context>
<context>
    <name>cli::RequestCommand</name>
    <message>
        <source>write the SCIM setup request for the service provider</source>
        <translation>rédiger la demande de configuration SCIM pour le fournisseur de services</translation>
    </message>
    <message>
        <source>Writes the SCIM setup request (tenant details and the named contact) as the service provider wants it.</source>
        <translation>Rédige la demande de configuration SCIM (détails du locataire et contact désigné) sous la forme attendue par le fournisseur de services.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Read the request from a JSON file (- for standard input).</source>
        <translation>Lire la demande depuis un fichier JSON (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the email: recipient, subject and body (default).</source>
        <translation>Écrire l’e-mail&#xa0;: destinataire, objet et corps (par défaut).</translation>
    </message>
    <message>
        <source>Write a mailto: link.</source>
        <translation>Écrire un lien mailto:.</translation>
    </message>
    <message>
        <source>Write the request as JSON.</source>
        <translation>Écrire la demande au format JSON.</translation>
    </message>
    <message>
        <source>Usage: scim-console request [--from FILE.json] [--text | --mailto | --json]
</source>
        <translation>Utilisation&#xa0;: scim-console request [--from FILE.json] [--text | --mailto | --json]
</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.
</source>
        <extracomment>%1 is the file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 n’est pas un objet JSON&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>The %1 setup request. Press Enter to skip an optional question.
</source>
        <extracomment>%1 is the service provider, e.g. SureCloud</extracomment>
        <translation>Demande de configuration %1. Appuyez sur Entrée pour ignorer une question facultative.
</translation>
    </message>
    <message>
        <source>Identity provider (entra or okta, optional): </source>
        <translation>Fournisseur d’identité (entra ou okta, facultatif)&#xa0;: </translation>
    </message>
    <message>
        <source>Tenant location, if relevant (e.g. %1): </source>
        <extracomment>%1 is a comma-separated list of tenant locations, e.g. EU, US</extracomment>
        <translation>Emplacement du locataire, le cas échéant (p. ex. %1)&#xa0;: </translation>
    </message>
    <message>
        <source>Tenant name: </source>
        <translation>Nom du locataire&#xa0;: </translation>
    </message>
    <message>
        <source>Tenant subdomain: </source>
        <translation>Sous-domaine du locataire&#xa0;: </translation>
    </message>
    <message>
        <source>Named contact (receives the endpoint and token): </source>
        <translation>Contact désigné (reçoit le point de terminaison et le jeton)&#xa0;: </translation>
    </message>
    <message>
        <source>Named contact&apos;s email: </source>
        <translation>E-mail du contact désigné&#xa0;: </translation>
    </message>
    <message>
        <source>
Stopped before the request was complete; nothing was written.
</source>
        <translation>
Arrêté avant que la demande soit complète&#xa0;; rien n’a été écrit.
</translation>
    </message>
    <message>
        <source>Give the request with --from FILE.json, or run this on a terminal to be asked for each field.
</source>
        <translation>Indiquez la demande avec --from FILE.json, ou lancez ceci dans un terminal pour saisir chaque champ.
</translation>
    </message>
    <message>
        <source>The request on standard input is larger than %1.</source>
        <extracomment>%1 is a size in bytes, e.g. &quot;64 KB&quot;</extracomment>
        <translation>La demande reçue sur l’entrée standard dépasse %1.</translation>
    </message>
</context>
<context>
    <name>cli::RunOptions</name>
    <message>
        <source>Write the JSON result to standard output.</source>
        <translation>Écrire le résultat JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give each request this long (default 30000).</source>
        <translation>Délai accordé à chaque requête (par défaut 30000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>--timeout-ms is a whole number of milliseconds from 1 to 600000, not “%1”.
</source>
        <extracomment>%1 is the value given to --timeout-ms</extracomment>
        <translation>--timeout-ms est un nombre entier de millisecondes de 1 à 600000, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>Also write the result to FILE: .html, .pdf, .json, or .xml (JUnit); readable by you only.</source>
        <translation>Écrire aussi le résultat dans FILE&#xa0;: .html, .pdf, .json ou .xml (JUnit)&#xa0;; lisible par vous seul.</translation>
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
        <translation>(En ligne de commande&#xa0;: --timeout-ms MS.)</translation>
    </message>
    <message>
        <source>(On the command line: --ca-file PEM.)</source>
        <translation>(En ligne de commande&#xa0;: --ca-file PEM.)</translation>
    </message>
    <message>
        <source>(On the command line: --group-name NAME or --group-id ID.)</source>
        <translation>(En ligne de commande&#xa0;: --group-name NAME ou --group-id ID.)</translation>
    </message>
    <message numerus="yes">
        <source>
First sync for the file&apos;s %Ln people: %1
</source>
        <extracomment>%Ln is the number of people in the file, %1 the estimate (&quot;about 24–192 minutes for the first cycle (…); … Later cycles run about every 40 minutes.&quot;)</extracomment>
        <translation>
            <numerusform>
Première synchronisation pour %Ln personne du fichier&#xa0;: %1
</numerusform>
            <numerusform>
Première synchronisation pour les %Ln personnes du fichier&#xa0;: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>
%1: %2, in %L3 ms
</source>
        <extracomment>%1 &quot;Verify passed&quot; and the like, %2 the counts (&quot;14 passed, 1 warning&quot;), %L3 milliseconds</extracomment>
        <translation>
%1&#xa0;: %2, en %L3&#xa0;ms
</translation>
    </message>
</context>
<context>
    <name>cli::SandboxCommand</name>
    <message>
        <source>run the embedded SCIM sandbox tenant on loopback</source>
        <translation>lancer le locataire SCIM bac à sable intégré en boucle locale</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d’écoute&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name of the seeded group.</source>
        <translation>Nom du groupe créé d’office.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Reject what RFC 7643/7644 reject.</source>
        <translation>Refuser ce que les RFC 7643/7644 refusent.</translation>
    </message>
    <message>
        <source>Serve https with --cert and --key.</source>
        <translation>Servir en https avec --cert et --key.</translation>
    </message>
    <message>
        <source>PEM certificate for --tls.</source>
        <translation>Certificat PEM pour --tls.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PEM private key for --tls.</source>
        <translation>Clé privée PEM pour --tls.</translation>
    </message>
    <message>
        <source>Delay every answer.</source>
        <translation>Retarder chaque réponse.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Never answer any request.</source>
        <translation>Ne répondre à aucune requête.</translation>
    </message>
    <message>
        <source>Fault for the Nth matching request (repeatable): METHOD:PATH:N:ACTION, ACTION a status, drop, hang, or 429=SECONDS.</source>
        <translation>Panne pour la N-ième requête correspondante (répétable)&#xa0;: METHOD:PATH:N:ACTION, ACTION un statut, drop, hang ou 429=SECONDS.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>Answer every request with an HTML login page.</source>
        <translation>Répondre à chaque requête par une page de connexion HTML.</translation>
    </message>
    <message>
        <source>Answer application/json instead of application/scim+json.</source>
        <translation>Répondre application/json au lieu de application/scim+json.</translation>
    </message>
    <message>
        <source>Shift the Date header by SECONDS.</source>
        <translation>Décaler l’en-tête Date de SECONDS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Answer every request with 307 to URL.</source>
        <translation>Répondre à chaque requête par 307 vers URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Answer 404 when a filter matches nothing.</source>
        <translation>Répondre 404 quand un filtre ne trouve rien.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.
</source>
        <extracomment>%1 is an option name, %2 the minimum, %3 the maximum, %4 the value given</extracomment>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas « %4 ».
</translation>
    </message>
    <message>
        <source>--tls needs --cert FILE and --key FILE (PEM).
</source>
        <translation>--tls exige --cert FILE et --key FILE (PEM).
</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.
</source>
        <translation>Aucun certificat PEM dans %1.
</translation>
    </message>
    <message>
        <source>No PEM private key (RSA or EC) in %1.
</source>
        <translation>Aucune clé privée PEM (RSA ou EC) dans %1.
</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.
</source>
        <extracomment>%1 is the port number</extracomment>
        <translation>Impossible d’écouter sur 127.0.0.1:%1.
</translation>
    </message>
    <message>
        <source>Accept any token, or none: an endpoint open to anyone.</source>
        <translation>Accepter n’importe quel jeton, ou aucun&#xa0;: un point de terminaison ouvert à tous.</translation>
    </message>
    <message>
        <source>Echo the token back in every error detail and in a response header, as careless services do; the console masks it wherever it shows an answer.</source>
        <translation>Renvoyer le jeton dans chaque détail d’erreur et dans un en-tête de réponse, comme le font les services négligents&#xa0;; la console le masque partout où elle affiche une réponse.</translation>
    </message>
    <message>
        <source>Compare userName case-sensitively in filters, as some services do.</source>
        <translation>Comparer userName en respectant la casse dans les filtres, comme certains services.</translation>
    </message>
    <message>
        <source>Accept but never store this User attribute (repeatable): a SCIM path such as title, name.formatted, addresses.locality, addresses[type eq &quot;work&quot;].locality or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department.</source>
        <translation>Accepter sans jamais l’enregistrer cet attribut User (répétable)&#xa0;: un chemin SCIM tel que title, name.formatted, addresses.locality, addresses[type eq &quot;work&quot;].locality ou urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Refuse with 400 invalidValue a User write that would store this attribute (repeatable); PATH as for --drop-attribute.</source>
        <translation>Refuser avec 400 invalidValue une écriture User qui enregistrerait cet attribut (répétable)&#xa0;; PATH comme pour --drop-attribute.</translation>
    </message>
    <message>
        <source>Leave the attribute&apos;s name out of a --reject-attribute refusal, as some services do.</source>
        <translation>Omettre le nom de l’attribut dans un refus --reject-attribute, comme certains services.</translation>
    </message>
    <message>
        <source>--%1 needs a SCIM attribute path such as title, name.formatted or urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 exige un chemin d’attribut SCIM tel que title, name.formatted ou urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department, pas «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>Runs an in-memory SCIM 2.0 service provider on 127.0.0.1 until interrupted. Prints one JSON line with the endpoint, the authentication mode and its credentials, then one line per request.</source>
        <translation>Exécute un fournisseur de services SCIM 2.0 en mémoire sur 127.0.0.1 jusqu’à interruption. Affiche une ligne JSON avec le point de terminaison, le mode d’authentification et ses identifiants, puis une ligne par requête.</translation>
    </message>
    <message>
        <source>How clients authenticate: %1. bearer sends “Bearer TOKEN”, header the token alone (Okta’s HTTP Header), basic a user name and password, oauth-client-credentials access tokens from the sandbox’s token endpoint.</source>
        <extracomment>%1 is a comma-separated list of authentication modes; keep the mode names as they are</extracomment>
        <translation>Mode d’authentification des clients&#xa0;: %1. bearer envoie «&#xa0;Bearer TOKEN&#xa0;», header le jeton seul (le HTTP Header d’Okta), basic un nom d’utilisateur et un mot de passe, oauth-client-credentials des jetons d’accès obtenus au point de terminaison de jeton du bac à sable.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens (1 to 86400).</source>
        <translation>Durée de vie des jetons d’accès émis (1 à 86400).</translation>
    </message>
    <message>
        <source>Issue signed JWT access tokens instead of opaque ones.</source>
        <translation>Émettre des jetons d’accès JWT signés au lieu de jetons opaques.</translation>
    </message>
    <message>
        <source>Answer every token request with this status and server_error.</source>
        <translation>Répondre à chaque requête de jeton avec ce statut et server_error.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Delay every token endpoint answer.</source>
        <translation>Retarder chaque réponse du point de terminaison de jeton.</translation>
    </message>
    <message>
        <source>Do not check the client secret, as a broken token endpoint would.</source>
        <translation>Ne pas vérifier le secret client, comme le ferait un point de terminaison de jeton défaillant.</translation>
    </message>
    <message>
        <source>Client authentication the token endpoint accepts: basic (HTTP Basic), form (client_id and client_secret in the body) or both.</source>
        <translation>Authentification client acceptée par le point de terminaison de jeton&#xa0;: basic (HTTP Basic), form (client_id et client_secret dans le corps) ou both (les deux).</translation>
    </message>
    <message>
        <source>WAY</source>
        <translation>WAY</translation>
    </message>
    <message>
        <source>Scopes a token request may ask for, comma-separated; any when not given.</source>
        <translation>Étendues qu’une requête de jeton peut demander, séparées par des virgules&#xa0;; toutes si non indiqué.</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Answer every token request with 307 to URL.</source>
        <translation>Répondre à chaque requête de jeton par 307 vers URL.</translation>
    </message>
    <message>
        <source>--%1 needs an absolute URL, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 exige une URL absolue, pas «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>--auth must be one of %1, not “%2”.
</source>
        <extracomment>%1 is a comma-separated list of authentication modes, %2 the value given</extracomment>
        <translation>--auth doit valoir l’un de %1, pas «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>--%1 needs --auth oauth-client-credentials.
</source>
        <extracomment>%1 is an option name</extracomment>
        <translation>--%1 exige --auth oauth-client-credentials.
</translation>
    </message>
    <message>
        <source>--oauth-client-auth must be basic, form or both, not “%1”.
</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--oauth-client-auth doit valoir basic, form ou both, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>--oauth-scopes needs a comma-separated list of scopes.
</source>
        <translation>--oauth-scopes exige une liste d’étendues séparées par des virgules.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is a TLS 1.3 suite; --tls-ciphers chooses TLS 1.2 suites only, TLS 1.3 always offers OpenSSL’s defaults.
</source>
        <extracomment>%1 is the cipher suite name given</extracomment>
        <translation>--tls-ciphers&#xa0;: «&#xa0;%1&#xa0;» est une suite TLS 1.3&#xa0;; --tls-ciphers ne choisit que des suites TLS 1.2, TLS 1.3 propose toujours les suites par défaut d’OpenSSL.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” authenticates with a pre-shared key or SRP, not the sandbox’s certificate.
</source>
        <extracomment>%1 is the cipher suite name given</extracomment>
        <translation>--tls-ciphers&#xa0;: «&#xa0;%1&#xa0;» s’authentifie par une clé pré-partagée ou SRP, pas par le certificat du bac à sable.
</translation>
    </message>
    <message>
        <source>--tls-ciphers: “%1” is not a TLS 1.2 cipher suite this build supports; it supports these (`openssl ciphers -v NAME` describes each):
%2
</source>
        <extracomment>%1 is the cipher suite name given, %2 a space-separated list of supported suites</extracomment>
        <translation>--tls-ciphers&#xa0;: «&#xa0;%1&#xa0;» n’est pas une suite de chiffrement TLS 1.2 prise en charge par cette version&#xa0;; voici celles qu’elle prend en charge (`openssl ciphers -v NAME` décrit chacune)&#xa0;:
%2
</translation>
    </message>
    <message>
        <source>--tls-ciphers needs a colon- or comma-separated list of OpenSSL cipher suite names.
</source>
        <translation>--tls-ciphers exige une liste de noms de suites de chiffrement OpenSSL séparés par des deux-points ou des virgules.
</translation>
    </message>
    <message>
        <source>Lowest TLS version --tls offers: 1.2 (default) or 1.3.</source>
        <translation>Version TLS minimale proposée par --tls&#xa0;: 1.2 (par défaut) ou 1.3.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Highest TLS version --tls offers: 1.2 or 1.3 (default).</source>
        <translation>Version TLS maximale proposée par --tls&#xa0;: 1.2 ou 1.3 (par défaut).</translation>
    </message>
    <message>
        <source>TLS 1.2 cipher suites --tls offers, OpenSSL names separated by colons or commas (e.g. ECDHE-ECDSA-AES128-GCM-SHA256); OpenSSL’s defaults when not given. TLS 1.3 suites stay OpenSSL’s defaults.</source>
        <translation>Suites de chiffrement TLS 1.2 proposées par --tls, noms OpenSSL séparés par des deux-points ou des virgules (p. ex. ECDHE-ECDSA-AES128-GCM-SHA256)&#xa0;; celles par défaut d’OpenSSL si non indiqué. Les suites TLS 1.3 restent celles par défaut d’OpenSSL.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Answer 429 to SCIM requests beyond N in any one second (1 to 10000); refused requests do not count, and the token endpoint is not limited.</source>
        <translation>Répondre 429 aux requêtes SCIM au-delà de N par seconde (1 à 10000)&#xa0;; les requêtes refusées ne comptent pas, et le point de terminaison de jeton n’est pas limité.</translation>
    </message>
    <message>
        <source>Retry-After of --rate-limit’s 429s (0 to 86400; default 1), or none to send no Retry-After.</source>
        <translation>Retry-After des 429 de --rate-limit (0 à 86400&#xa0;; par défaut 1), ou none pour n’envoyer aucun Retry-After.</translation>
    </message>
    <message>
        <source>SECONDS|none</source>
        <translation>SECONDS|none</translation>
    </message>
    <message>
        <source>--retry-after needs --rate-limit.
</source>
        <translation>--retry-after exige --rate-limit.
</translation>
    </message>
    <message>
        <source>--retry-after must be a whole number from 0 to 86400 or none, not “%1”.
</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--retry-after doit être un nombre entier de 0 à 86400 ou none, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>--%1 needs --tls.
</source>
        <extracomment>%1 is an option name</extracomment>
        <translation>--%1 exige --tls.
</translation>
    </message>
    <message>
        <source>--%1 must be 1.2 or 1.3, not “%2”.
</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 doit valoir 1.2 ou 1.3, pas «&#xa0;%2&#xa0;».
</translation>
    </message>
    <message>
        <source>--tls-min-version %1 is above --tls-max-version %2.
</source>
        <extracomment>%1 is the minimum TLS version given, %2 the maximum, e.g. 1.3 and 1.2</extracomment>
        <translation>--tls-min-version %1 est supérieure à --tls-max-version %2.
</translation>
    </message>
</context>
<context>
    <name>cli::TargetOptions</name>
    <message>
        <source>Use the stored profile NAME.</source>
        <translation>Utiliser le profil enregistré NAME.</translation>
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
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>There is no profile named “%1”, and no profiles yet; add one with: scim-console profile add</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;», ni aucun profil pour l’instant&#xa0;; ajoutez-en un avec&#xa0;: scim-console profile add</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. Profiles: %2.</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;». Profils&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Profile “%1” has no token stored. Set it with: scim-console profile set-token %1</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a aucun jeton enregistré. Définissez-le avec&#xa0;: scim-console profile set-token %1</translation>
    </message>
    <message>
        <source>Name the target with either --profile NAME or --endpoint URL.
</source>
        <translation>Désignez la cible avec --profile NAME ou --endpoint URL.
</translation>
    </message>
    <message>
        <source>The SCIM base URL; the secret comes from SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, SCIM_CONSOLE_CLIENT_SECRET) or --token-stdin.</source>
        <translation>L’URL de base SCIM&#xa0;; le secret provient de SCIM_CONSOLE_TOKEN (SCIM_CONSOLE_PASSWORD, SCIM_CONSOLE_CLIENT_SECRET) ou de --token-stdin.</translation>
    </message>
    <message>
        <source>A profile keeps its own authentication; change it with: scim-console profile edit NAME --auth MODE …
</source>
        <translation>Un profil garde sa propre authentification&#xa0;; modifiez-la avec&#xa0;: scim-console profile edit NAME --auth MODE …
</translation>
    </message>
    <message>
        <source>Read the secret (token, password or client secret) from standard input.</source>
        <translation>Lire le secret (jeton, mot de passe ou secret client) sur l’entrée standard.</translation>
    </message>
    <message>
        <source>With --endpoint, give the password in SCIM_CONSOLE_PASSWORD or with --secret-stdin — never on the command line.
</source>
        <translation>Avec --endpoint, donnez le mot de passe dans SCIM_CONSOLE_PASSWORD ou avec --secret-stdin — jamais sur la ligne de commande.
</translation>
    </message>
    <message>
        <source>With --endpoint, give the client secret in SCIM_CONSOLE_CLIENT_SECRET or with --secret-stdin — never on the command line.
</source>
        <translation>Avec --endpoint, donnez le secret client dans SCIM_CONSOLE_CLIENT_SECRET ou avec --secret-stdin — jamais sur la ligne de commande.
</translation>
    </message>
    <message>
        <source>With --endpoint, give the secret token in SCIM_CONSOLE_TOKEN or with --secret-stdin — never on the command line.
</source>
        <translation>Avec --endpoint, donnez le jeton secret dans SCIM_CONSOLE_TOKEN ou avec --secret-stdin — jamais sur la ligne de commande.
</translation>
    </message>
</context>
<context>
    <name>cli::VerifyCommand</name>
    <message>
        <source>check the endpoint URL and token before touching the identity provider</source>
        <translation>vérifier l’URL du point de terminaison et le jeton avant de toucher au fournisseur d’identité</translation>
    </message>
    <message>
        <source>Checks that the endpoint is reachable over sound TLS, that the token works and a wrong one is refused, that discovery and your group are right, and that Entra ID&apos;s and Okta&apos;s own test connections will pass.</source>
        <translation>Vérifie que le point de terminaison est joignable via un TLS sain, que le jeton fonctionne et qu’un jeton erroné est refusé, que la découverte et votre groupe sont corrects, et que les tests de connexion propres à Entra ID et à Okta réussiront.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The identity provider you will connect: entra, okta or both.</source>
        <translation>Le fournisseur d’identité que vous allez connecter&#xa0;: entra, okta ou both (les deux).</translation>
    </message>
    <message>
        <source>IDP</source>
        <translation>IDP</translation>
    </message>
    <message>
        <source>Check the group with this id.</source>
        <translation>Vérifier le groupe portant cet ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Check the group with this name.</source>
        <translation>Vérifier le groupe portant ce nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--idp is entra, okta or both, not “%1”.
</source>
        <extracomment>%1 is the value given to --idp</extracomment>
        <translation>--idp vaut entra, okta ou both, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>Give either --group-id or --group-name, not both.
</source>
        <translation>Indiquez --group-id ou --group-name, pas les deux.
</translation>
    </message>
    <message>
        <source>Also measure throughput: read-only lookups at a rising rate up to 30 per second for at most 10 seconds (at most 225 requests), stopping at the first 429 or burst of errors. Never writes.</source>
        <translation>Mesurer aussi le débit&#xa0;: recherches en lecture seule à un rythme croissant jusqu’à 30 par seconde pendant 10 secondes au plus (225 requêtes au plus), en s’arrêtant au premier 429 ou à la première rafale d’erreurs. N’écrit jamais rien.</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>%1 MiB</source>
        <extracomment>%1 is a whole number of mebibytes</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <extracomment>%1 is a whole number of kibibytes</extracomment>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>%n is a number of bytes</extracomment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <extracomment>%1 is the file path</extracomment>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <extracomment>%1 is the path given</extracomment>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe); give a file.</source>
        <extracomment>%1 is the path given</extracomment>
        <translation>%1 n’est pas un fichier ordinaire (un périphérique ou un tube)&#xa0;; indiquez un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2.</source>
        <extracomment>%1 is the file path, %2 the size limit, e.g. &quot;64 KiB&quot;</extracomment>
        <translation>%1 dépasse %2.</translation>
    </message>
</context>
<context>
    <name>credentials::CleanToken</name>
    <message>
        <source>The token is empty. Paste the secret token you received.</source>
        <translation>Le jeton est vide. Collez le jeton secret que vous avez reçu.</translation>
    </message>
    <message>
        <source>The token contains an invisible control character; copy it again from the message you received.</source>
        <translation>Le jeton contient un caractère de contrôle invisible&#xa0;; copiez-le de nouveau depuis le message que vous avez reçu.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n space(s) from inside the token.</source>
        <extracomment>%n is the number of spaces removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>%n espace retiré de l’intérieur du jeton.</numerusform>
            <numerusform>%n espaces retirés de l’intérieur du jeton.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n line break(s) from inside the token.</source>
        <extracomment>%n is the number of line breaks removed; &quot;token&quot; is the SCIM secret pasted by the admin</extracomment>
        <translation>
            <numerusform>%n saut de ligne retiré de l’intérieur du jeton.</numerusform>
            <numerusform>%n sauts de ligne retirés de l’intérieur du jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was a wrapped paste: tokens hold none. Check it was copied whole.</source>
        <translation>Le collage était coupé en plusieurs lignes&#xa0;: un jeton n’en contient jamais. Vérifiez qu’il a été copié en entier.</translation>
    </message>
</context>
<context>
    <name>credentials::ProfileStore</name>
    <message>
        <source>Give the profile a name, e.g. “Production”.</source>
        <translation>Donnez un nom au profil, p. ex. «&#xa0;Production&#xa0;».</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>Un nom de profil comporte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, spaces and . _ ( ) - only.</source>
        <translation>Un nom de profil n’utilise que des lettres, des chiffres, des espaces et . _ ( ) -.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <extracomment>%1 is the existing profile&apos;s name</extracomment>
        <translation>Il existe déjà un profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <extracomment>%1 is the profile name given</extracomment>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>credentials::TokenVault</name>
    <message>
        <source>%1 bytes; the limit here is %2</source>
        <extracomment>%1 is the size of the token in bytes, %2 the keychain&apos;s limit in bytes</extracomment>
        <translation>%1 octets&#xa0;; la limite ici est de %2</translation>
    </message>
</context>
<context>
    <name>credentials::VaultResult</name>
    <message>
        <source>The token is stored in your system keychain.</source>
        <translation>Le jeton est enregistré dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No token is stored for this profile. Set it again with the token you received.</source>
        <translation>Aucun jeton n’est enregistré pour ce profil. Définissez-le de nouveau avec le jeton que vous avez reçu.</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service, or no desktop session bus). The token is never written to a file instead. Log in to a desktop session with a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau système n’est disponible (pas de Secret Service, ou pas de bus de session de bureau). Le jeton n’est jamais écrit dans un fichier à la place. Ouvrez une session de bureau avec un trousseau tel que GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>Your keyring is locked, or there is no default keyring to store the token in. Unlock it (for example in Passwords and Keys, or by logging in again), then try again.</source>
        <translation>Votre trousseau est verrouillé, ou il n’existe aucun trousseau par défaut où enregistrer le jeton. Déverrouillez-le (par exemple dans Mots de passe et clés, ou en vous reconnectant), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access to SCIM Setup Console. Allow access when your system asks, then try again.</source>
        <translation>Le trousseau a refusé l’accès à SCIM Setup Console. Autorisez l’accès quand votre système le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. A password prompt may be waiting in another window; answer it, then try again.</source>
        <translation>Le trousseau n’a pas répondu à temps. Une demande de mot de passe attend peut-être dans une autre fenêtre&#xa0;; répondez-y, puis réessayez.</translation>
    </message>
    <message>
        <source>This token is longer than your system keychain can hold. Ask the service provider for a shorter token.</source>
        <translation>Ce jeton est plus long que ce que le trousseau de votre système peut contenir. Demandez un jeton plus court au fournisseur de services.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Le trousseau a signalé un problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>the expression is longer than %1 characters</source>
        <extracomment>%1 is the maximum length of a mapping expression, in characters</extracomment>
        <translation>l’expression dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l’expression est vide</translation>
    </message>
    <message>
        <source>unexpected “%1” after the end of the expression</source>
        <extracomment>%1 is the unexpected character in the attribute mapping expression</extracomment>
        <translation>«&#xa0;%1&#xa0;» inattendu après la fin de l’expression</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>une valeur manque à la fin</translation>
    </message>
    <message>
        <source>expected a function, an [attribute] or a &quot;string&quot;, not “%1”</source>
        <extracomment>%1 is the unexpected character in the attribute mapping expression</extracomment>
        <translation>fonction, [attribut] ou &quot;chaîne&quot; attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this string is never closed with &quot;</source>
        <translation>cette chaîne n’est jamais fermée par &quot;</translation>
    </message>
    <message>
        <source>this [ is never closed with ]</source>
        <translation>ce [ n’est jamais fermé par ]</translation>
    </message>
    <message>
        <source>an attribute name is missing in []</source>
        <translation>un nom d’attribut manque dans []</translation>
    </message>
    <message>
        <source>a number is missing after -</source>
        <translation>un nombre manque après -</translation>
    </message>
    <message>
        <source>functions are nested more than %1 deep</source>
        <extracomment>%1 is the maximum nesting depth of functions</extracomment>
        <translation>les fonctions sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected “(” after %1</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join</extracomment>
        <translation>«&#xa0;(&#xa0;» attendu après %1</translation>
    </message>
    <message>
        <source>this “(” of %1 is never closed</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join</extracomment>
        <translation>ce «&#xa0;(&#xa0;» de %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>expected “,” or “)” in %1, not “%2”</source>
        <extracomment>%1 is the name of a mapping function, e.g. Join, %2 the unexpected character</extracomment>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;)&#xa0;» attendu dans %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>%1 is the minimum number of arguments a mapping function takes</extracomment>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 is the minimum, %2 the maximum number of arguments a mapping function takes</extracomment>
        <translation>de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %2, not %n argument(s)</source>
        <extracomment>%1 a function&apos;s name, %2 how many arguments it takes (a number, &quot;at least 2&quot;, &quot;1 to 2&quot;)</extracomment>
        <translation>
            <numerusform>%1 attend %2, pas %n argument</numerusform>
            <numerusform>%1 attend %2, pas %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not evaluated; a sample value stands in</source>
        <extracomment>%1 is the name of a mapping function the console does not evaluate</extracomment>
        <translation>%1 n’est pas évalué&#xa0;; une valeur d’exemple le remplace</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”</source>
        <extracomment>%1 is the name of a mapping function, e.g. Left, %2 the value given</extracomment>
        <translation>%1 exige un nombre entier, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a regular expression: %2</source>
        <extracomment>%1 is the regular expression given to Replace, %2 why it is invalid</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une expression régulière&#xa0;: %2</translation>
    </message>
    <message>
        <source>the person has no app role; a sample role is sent</source>
        <translation>la personne n’a aucun rôle d’application&#xa0;; un rôle d’exemple est envoyé</translation>
    </message>
    <message>
        <source>the run&apos;s marker stands in for %1, so that the console can recognise its own test user</source>
        <extracomment>%1 is the mapping row&apos;s source, e.g. [objectId]; &quot;run&quot; is this pilot run, its marker a unique id</extracomment>
        <translation>le marqueur de l’exécution remplace %1, afin que la console puisse reconnaître son propre utilisateur de test</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is the file path, %2 the system&apos;s error message</extracomment>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the test user&apos;s userName stands in for %1, so that the console can find and remove it</source>
        <extracomment>%1 is the mapping row&apos;s source, e.g. [userPrincipalName]</extracomment>
        <translation>le userName de l’utilisateur de test remplace %1, afin que la console puisse le retrouver et le supprimer</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 n’est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is a function without an expression, and its name and parameters do not make one</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 est une fonction sans expression, et son nom et ses paramètres ne permettent pas d’en former une</translation>
    </message>
    <message>
        <source>%1 does not parse at character %2: %3</source>
        <extracomment>%1 is a JSON path, %2 a position in the expression (1 is its first character), %3 what is wrong there
----------
%1 is a JSON path such as $.user[3].expression, %2 a position in the expression (1 is its first character), %3 what is wrong there</extracomment>
        <translation>%1 ne peut pas être lu au caractère %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is “%2”; expected Attribute, Constant or Function</source>
        <extracomment>%1 is a JSON path ending in .type, %2 the type the file gives</extracomment>
        <translation>%1 vaut «&#xa0;%2&#xa0;»&#xa0;; attendu&#xa0;: Attribute, Constant ou Function</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source
----------
%1 is a JSON path in the mapping file, e.g. $.user[3].target
----------
%1 is the JSON path $ (the whole mapping file)</extracomment>
        <translation>%1 n’est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 n’est pas un tableau</translation>
    </message>
    <message>
        <source>%1 makes %2 rows; the console reads at most %3</source>
        <extracomment>%1 is a JSON path, %2 how many rows the schema makes, %3 the most the console reads</extracomment>
        <translation>%1 donne %2 lignes&#xa0;; la console en lit au plus %3</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 n’est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a synchronization schema the console reads is at most 4 MiB</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the file&apos;s size in bytes</extracomment>
        <translation>%1 fait %2 octets&#xa0;; un schéma de synchronisation lu par la console fait au plus 4&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 and import it again</source>
        <extracomment>%1 is the JSON path $ (the whole file)</extracomment>
        <translation>%1 est un texte UTF-16&#xa0;; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at offset %3</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the parser&apos;s error, %3 a byte offset in the file</extracomment>
        <translation>%1 n’est pas du JSON&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is missing — this is not an Entra synchronization schema (fetch …/synchronization/jobs/{jobId}/schema)</source>
        <extracomment>%1 is the JSON path $.synchronizationRules; keep the URL part as it is</extracomment>
        <translation>%1 est absent — ce n’est pas un schéma de synchronisation Entra (récupérez …/synchronization/jobs/{jobId}/schema)</translation>
    </message>
    <message>
        <source>%1 is false: this job provisions no users</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 vaut false&#xa0;: ce travail ne provisionne aucun utilisateur</translation>
    </message>
    <message>
        <source>%1 holds no mapping of User objects</source>
        <extracomment>%1 is a JSON path in the schema file, e.g. $.synchronizationRules[0].source</extracomment>
        <translation>%1 ne contient aucun mappage d’objets User</translation>
    </message>
    <message>
        <source>%1 needs exactly one of source, constant or expression</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 demande exactement un de source, constant ou expression</translation>
    </message>
    <message>
        <source>%1 has an empty source</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 a une source vide</translation>
    </message>
    <message>
        <source>%1 must be &quot;always&quot; or &quot;create-only&quot;</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 doit valoir &quot;always&quot; ou &quot;create-only&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 99</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 doit être un nombre entier de 0 à 99</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <extracomment>%1 is a JSON path in the mapping file, e.g. $.user[3].target</extracomment>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <extracomment>%1 is a JSON path such as $.user</extracomment>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>%1 has %2 rows; at most %3 are read</source>
        <extracomment>%1 is a JSON path such as $.user, %2 how many rows it has, %3 the most that are read</extracomment>
        <translation>%1 a %2 lignes&#xa0;; au plus %3 sont lues</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3</source>
        <extracomment>%1 is the JSON path $ (the whole file), %2 the parser&apos;s error, %3 a byte offset in the file</extracomment>
        <translation>%1 n’est pas du JSON&#xa0;: %2 à l’octet %3</translation>
    </message>
    <message>
        <source>%1 must be &quot;%2&quot;</source>
        <extracomment>%1 is the JSON path $.format, %2 the format the file must name</extracomment>
        <translation>%1 doit valoir &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be &quot;entra&quot; or &quot;okta&quot;</source>
        <extracomment>%1 is the JSON path $.idp; keep &quot;entra&quot; and &quot;okta&quot; as they are</extracomment>
        <translation>%1 doit valoir &quot;entra&quot; ou &quot;okta&quot;</translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <extracomment>%1 is the JSON path $.user</extracomment>
        <translation>%1 ne contient aucune ligne</translation>
    </message>
</context>
<context>
    <name>engine::Cleanup</name>
    <message>
        <source>membership of %1 in group %2</source>
        <extracomment>%1 is the test user&apos;s id at the service, %2 the id of the group at the service</extracomment>
        <translation>appartenance de %1 au groupe %2</translation>
    </message>
    <message>
        <source>Remove the pilot user from the group</source>
        <translation>Retirer l’utilisateur pilote du groupe</translation>
    </message>
    <message>
        <source>Removed from group %1.</source>
        <translation>Retiré du groupe %1.</translation>
    </message>
    <message>
        <source>Leave the pilot user deactivated</source>
        <translation>Laisser l’utilisateur pilote désactivé</translation>
    </message>
    <message>
        <source>Delete the pilot user</source>
        <translation>Supprimer l’utilisateur pilote</translation>
    </message>
    <message>
        <source>Never created (no user %1 carries this run&apos;s marker).</source>
        <extracomment>%1 is the test user&apos;s userName; &quot;run&apos;s marker&quot; is this pilot run&apos;s unique externalId</extracomment>
        <translation>Jamais créé (aucun utilisateur %1 ne porte le marqueur de cette exécution).</translation>
    </message>
    <message>
        <source>Already gone.</source>
        <translation>Déjà supprimé.</translation>
    </message>
    <message>
        <source>Not touched: %1 does not carry this run&apos;s marker, so it is not the console&apos;s.</source>
        <extracomment>%1 is a user id at the service; &quot;run&apos;s marker&quot; is the unique externalId this pilot run set</extracomment>
        <translation>Non modifié&#xa0;: %1 ne porte pas le marqueur de cette exécution, il n’appartient donc pas à la console.</translation>
    </message>
    <message>
        <source>DELETE answered %1, yet the user can still be read.</source>
        <extracomment>%1 is the HTTP status code of the DELETE request</extracomment>
        <translation>DELETE a répondu %1, mais l’utilisateur est toujours lisible.</translation>
    </message>
    <message>
        <source>DELETE was refused (%1); deactivating instead.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 405 in 12 ms&quot;</extracomment>
        <translation>DELETE a été refusé (%1)&#xa0;; désactivation à la place.</translation>
    </message>
    <message>
        <source>The user could be neither deleted nor deactivated.</source>
        <translation>L’utilisateur n’a pu être ni supprimé ni désactivé.</translation>
    </message>
    <message>
        <source>Left deactivated: the service would not delete it.</source>
        <translation>Laissé désactivé&#xa0;: le service refusait de le supprimer.</translation>
    </message>
    <message>
        <source>The service&apos;s id for %1 cannot be used safely (%2); remove this user by hand in the service.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 what is wrong with its id</extracomment>
        <translation>L’ID attribué par le service à %1 ne peut pas être utilisé sans risque (%2)&#xa0;; supprimez cet utilisateur manuellement dans le service.</translation>
    </message>
    <message>
        <source>Deleted %1; reading it back gives 404, so the service no longer shows it over SCIM. Some services keep a deleted account&apos;s record where SCIM cannot see it; ask the service provider if that matters to you.</source>
        <extracomment>%1 is the test user&apos;s id at the service</extracomment>
        <translation>%1 supprimé&#xa0;; sa relecture renvoie 404, le service ne l’affiche donc plus via SCIM. Certains services conservent l’enregistrement d’un compte supprimé là où SCIM ne le voit pas&#xa0;; renseignez-vous auprès du fournisseur de services si cela vous importe.</translation>
    </message>
    <message>
        <source>Deactivated %1 and left it so, as asked.</source>
        <extracomment>%1 is the test user&apos;s id at the service</extracomment>
        <translation>%1 désactivé et laissé ainsi, comme demandé.</translation>
    </message>
</context>
<context>
    <name>engine::CleanupJournal</name>
    <message>
        <source>The cleanup journal %1 cannot be read: %2</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the system&apos;s error message</extracomment>
        <translation>Impossible de lire le journal de nettoyage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cleanup journal %1 cannot be written: %2</source>
        <extracomment>%1 is the journal file&apos;s path, %2 the system&apos;s error message</extracomment>
        <translation>Impossible d’écrire le journal de nettoyage %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>engine::Diagnosis</name>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <extracomment>%1 is the HTTP status code, %2 how long the answer took, in milliseconds</extracomment>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>Your proxy asks for credentials (HTTP 407) before it lets the request through.</source>
        <translation>Votre proxy demande des identifiants (HTTP 407) avant de laisser passer la requête.</translation>
    </message>
    <message>
        <source>The proxy could not be used: %1</source>
        <translation>Le proxy n’a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ask your IT team to allow %1 through the proxy without a login, or run the check from a network without the proxy.</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Demandez à votre équipe informatique d’autoriser %1 via le proxy sans authentification, ou lancez la vérification depuis un réseau sans proxy.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS).</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Le nom d’hôte %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the host in the endpoint URL. On a company network the name may only resolve on the VPN.</source>
        <translation>Vérifiez l’orthographe de l’hôte dans l’URL du point de terminaison. Sur un réseau d’entreprise, le nom n’est peut-être résolu que via le VPN.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection to %1.</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Rien n’a accepté la connexion à %1.</translation>
    </message>
    <message>
        <source>Check the host and port in the endpoint URL; a firewall may also refuse the connection.</source>
        <translation>Vérifiez l’hôte et le port dans l’URL du point de terminaison&#xa0;; un pare-feu peut aussi refuser la connexion.</translation>
    </message>
    <message>
        <source>The connection closed before an answer arrived (%1).</source>
        <extracomment>%1 is the network error&apos;s details</extracomment>
        <translation>La connexion s’est fermée avant l’arrivée d’une réponse (%1).</translation>
    </message>
    <message>
        <source>Something between you and the service — a proxy, load balancer or firewall — cut the connection. If it persists, send this report to the service provider.</source>
        <translation>Un élément entre vous et le service — proxy, répartiteur de charge ou pare-feu — a coupé la connexion. Si cela persiste, envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>See the tls-certificate step.</source>
        <translation>Voir l’étape tls-certificate.</translation>
    </message>
    <message>
        <source>The endpoint redirects (HTTP %1) to %2.</source>
        <extracomment>%1 is the HTTP status code (e.g. 302), %2 the URL it redirects to</extracomment>
        <translation>Le point de terminaison redirige (HTTP %1) vers %2.</translation>
    </message>
    <message>
        <source>Identity providers do not follow redirects with the token. If %1 is the real SCIM endpoint, use that URL; a redirect to a login page means this is not the SCIM API.</source>
        <extracomment>%1 is the URL the endpoint redirects to; &quot;token&quot; is the SCIM bearer token</extracomment>
        <translation>Les fournisseurs d’identité ne suivent pas les redirections avec le jeton. Si %1 est le véritable point de terminaison SCIM, utilisez cette URL&#xa0;; une redirection vers une page de connexion signifie qu’il ne s’agit pas de l’API SCIM.</translation>
    </message>
    <message>
        <source>The service sent far more than a SCIM answer needs; check the endpoint URL.</source>
        <translation>Le service a envoyé bien plus que ce qu’exige une réponse SCIM&#xa0;; vérifiez l’URL du point de terminaison.</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page instead of SCIM JSON.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>HTTP %1 avec une page HTML au lieu de JSON SCIM.</translation>
    </message>
    <message>
        <source>This URL is the web app or a login page, not the SCIM API. Use the SCIM endpoint URL exactly as the service provider sent it.</source>
        <translation>Cette URL est celle de l’application web ou d’une page de connexion, pas de l’API SCIM. Utilisez l’URL du point de terminaison SCIM exactement telle que le fournisseur de services l’a envoyée.</translation>
    </message>
    <message>
        <source>The token was refused (HTTP 401).</source>
        <translation>Le jeton a été refusé (HTTP 401).</translation>
    </message>
    <message>
        <source>Was the token copied whole, with nothing missing at either end? Was it rotated since you received it? Store it again with “profile set-token”.</source>
        <translation>Le jeton a-t-il été copié en entier, sans rien manquer à l’une ou l’autre extrémité&#xa0;? A-t-il été renouvelé depuis que vous l’avez reçu&#xa0;? Enregistrez-le de nouveau avec «&#xa0;profile set-token&#xa0;».</translation>
    </message>
    <message>
        <source>The token was accepted but is not allowed to do this (HTTP 403).</source>
        <translation>Le jeton a été accepté mais n’est pas autorisé à faire ceci (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask the service provider to give this token access to users and groups.</source>
        <translation>Demandez au fournisseur de services de donner à ce jeton l’accès aux utilisateurs et aux groupes.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Introuvable (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the endpoint URL: the path usually ends in /scim/v2.</source>
        <translation>Vérifiez l’URL du point de terminaison&#xa0;: le chemin se termine généralement par /scim/v2.</translation>
    </message>
    <message>
        <source>The service refuses the request&apos;s Accept header (HTTP 406).</source>
        <translation>Le service refuse l’en-tête Accept de la requête (HTTP 406).</translation>
    </message>
    <message>
        <source>Entra ID sends no JSON Accept header on reads; the service must answer anyway.</source>
        <translation>Entra ID n’envoie pas d’en-tête Accept JSON pour les lectures&#xa0;; le service doit répondre quand même.</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429), even after waiting as it asked.</source>
        <translation>Le service limite les requêtes (HTTP 429), même après l’attente qu’il a demandée.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the service&apos;s rate limit is too low for an identity provider.</source>
        <translation>Réessayez plus tard&#xa0;; si cela persiste, la limite de débit du service est trop basse pour un fournisseur d’identité.</translation>
    </message>
    <message>
        <source>The service failed (HTTP %1).</source>
        <extracomment>%1 is the HTTP status code, 500 or above</extracomment>
        <translation>Erreur du service (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later. If it persists, send this report to the service provider.</source>
        <translation>Réessayez plus tard. Si cela persiste, envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>HTTP %1 inattendu.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>A SCIM service answers with a JSON object. Send this report to the service provider.</source>
        <translation>Un service SCIM répond par un objet JSON. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The console never sends a request that would reach another resource than the one it means. An id from the service made this URL; send this report to the service provider.</source>
        <translation>La console n’envoie jamais de requête qui atteindrait une autre ressource que celle visée. Un ID fourni par le service a produit cette URL&#xa0;; envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429) and asked to wait %1; the console waits at most %2, so it stopped.</source>
        <extracomment>%1 is a wait such as &quot;11 days&quot;, %2 one such as &quot;60 seconds&quot;</extracomment>
        <translation>Le service limite les requêtes (HTTP 429) et a demandé d’attendre %1&#xa0;; la console attend au plus %2, elle s’est donc arrêtée.</translation>
    </message>
    <message>
        <source>A firewall or proxy may be holding the connection, or the service is overloaded. Try again, from a network with direct internet access, or allow more time for an answer.</source>
        <translation>Un pare-feu ou un proxy retient peut-être la connexion, ou le service est surchargé. Réessayez, depuis un réseau avec un accès direct à Internet, ou accordez plus de temps à la réponse.</translation>
    </message>
    <message>
        <source>The service refused a freshly obtained access token (HTTP 401).</source>
        <translation>Le service a refusé un jeton d’accès tout juste obtenu (HTTP 401).</translation>
    </message>
    <message>
        <source>The token endpoint issues access tokens this SCIM endpoint does not accept: they may be meant for another service (audience), expire at once, or the client is not allowed to provision. Check the token endpoint URL and client id, then send this report to the service provider.</source>
        <translation>Le point de terminaison de jeton émet des jetons d’accès que ce point de terminaison SCIM n’accepte pas&#xa0;: ils sont peut-être destinés à un autre service (audience), expirent immédiatement, ou le client n’est pas autorisé à provisionner. Vérifiez l’URL du point de terminaison de jeton et l’ID client, puis envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The service says: “%1”</source>
        <extracomment>%1 is the service&apos;s own error text, quoted as it sent it</extracomment>
        <translation>Le service indique&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>engine::EntraDialect</name>
    <message>
        <source>Entra ID&apos;s default: capitalised PATCH ops, active as the string &quot;False&quot;, member removal by value.</source>
        <translation>Comportement par défaut d’Entra ID&#xa0;: opérations PATCH avec majuscule initiale, active sous forme de chaîne &quot;False&quot;, retrait de membre par valeur.</translation>
    </message>
    <message>
        <source>Entra ID stops provisioning this user and retries in the next cycle (about 40 minutes); after repeated failures it quarantines the whole app.</source>
        <translation>Entra ID cesse de provisionner cet utilisateur et réessaie au cycle suivant (environ 40 minutes)&#xa0;; après des échecs répétés, il met toute l’application en quarantaine.</translation>
    </message>
    <message>
        <source>Entra ID keeps retrying the hard delete; the account stays behind in the service.</source>
        <translation>Entra ID continue de réessayer la suppression définitive&#xa0;; le compte reste dans le service.</translation>
    </message>
    <message>
        <source>Entra ID logs the failure in its provisioning logs and retries in the next cycle; if failures go on, it quarantines the app and stops provisioning everyone.</source>
        <translation>Entra ID consigne l’échec dans ses journaux de provisionnement et réessaie au cycle suivant&#xa0;; si les échecs persistent, il met l’application en quarantaine et cesse de provisionner tout le monde.</translation>
    </message>
    <message>
        <source>Entra ID, default</source>
        <translation>Entra ID, par défaut</translation>
    </message>
    <message>
        <source>Pick this unless the service provider told you to add ?aadOptscim062020 to the Tenant URL: it is what a new Entra ID app sends out of the box.</source>
        <translation>Choisissez ceci, sauf si le fournisseur de services vous a demandé d’ajouter ?aadOptscim062020 à l’URL du locataire&#xa0;: c’est ce qu’envoie une nouvelle application Entra ID sans configuration particulière.</translation>
    </message>
    <message>
        <source>The service refuses Entra&apos;s default request but accepts the RFC-compliant one: append ?aadOptscim062020 to the Tenant URL in Entra ID (the entra-rfc dialect) and this works.</source>
        <translation>Le service refuse la requête par défaut d’Entra mais accepte celle conforme aux RFC&#xa0;: ajoutez ?aadOptscim062020 à l’URL du locataire dans Entra ID (dialecte entra-rfc) et cela fonctionnera.</translation>
    </message>
</context>
<context>
    <name>engine::EntraRfcDialect</name>
    <message>
        <source>Entra ID with ?aadOptscim062020: RFC-compliant PATCH (lower-case ops, booleans, path filters).</source>
        <translation>Entra ID avec ?aadOptscim062020&#xa0;: PATCH conforme aux RFC (opérations en minuscules, booléens, filtres de chemin).</translation>
    </message>
    <message>
        <source>Entra ID with the aadOptscim062020 flag</source>
        <translation>Entra ID avec l’indicateur aadOptscim062020</translation>
    </message>
    <message>
        <source>Pick this if the Tenant URL ends in ?aadOptscim062020 — because the service provider says so, or because the default pilot advised it.</source>
        <translation>Choisissez ceci si l’URL du locataire se termine par ?aadOptscim062020 — parce que le fournisseur de services l’exige, ou parce que le pilote par défaut l’a conseillé.</translation>
    </message>
</context>
<context>
    <name>engine::FirstSyncEstimate</name>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>about %1–%2 hours</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>environ %1–%2 heures</translation>
    </message>
    <message>
        <source>about %1–%2 days</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>environ %1–%2 jours</translation>
    </message>
    <message>
        <source>about %1–%2 minutes</source>
        <extracomment>%1 and %2 are the low and high bounds of a duration (a range, always plural)</extracomment>
        <translation>environ %1–%2 minutes</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the low end</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>d’après les réponses de ce point de terminaison (médiane %1 ms), plutôt près de la borne basse</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it between the two bounds</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>d’après les réponses de ce point de terminaison (médiane %1 ms), entre les deux bornes</translation>
    </message>
    <message>
        <source>this endpoint&apos;s answers (median %1 ms) put it near the high end, or beyond it</source>
        <extracomment>%1 is the endpoint&apos;s median answer time in milliseconds</extracomment>
        <translation>d’après les réponses de ce point de terminaison (médiane %1 ms), près de la borne haute, voire au-delà</translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership).</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08)</extracomment>
        <translation>%1 pour le cycle initial (recommandation d’Entra ID&#xa0;: %2–%3 minutes par utilisateur, groupe et appartenance).</translation>
    </message>
    <message>
        <source>%1 for the first cycle (Entra ID&apos;s guidance: %2–%3 minutes per user, group and membership); %4.</source>
        <extracomment>%1 is a duration (&quot;about 24–192 minutes&quot;), %2 and %3 minutes per object (0.01, 0.08), %4 which bound the endpoint&apos;s answer time puts it near</extracomment>
        <translation>%1 pour le cycle initial (recommandation d’Entra ID&#xa0;: %2–%3 minutes par utilisateur, groupe et appartenance)&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Later cycles run about every %1 minutes.</source>
        <extracomment>%1 is the interval between Entra ID&apos;s later provisioning cycles in minutes (40)</extracomment>
        <translation>Les cycles suivants ont lieu environ toutes les %1 minutes.</translation>
    </message>
    <message>
        <source>Okta publishes no guidance on how long provisioning a number of people takes, so the console gives no estimate for it.</source>
        <translation>Okta ne publie aucune indication sur la durée de provisionnement d’un nombre donné de personnes&#xa0;; la console ne donne donc aucune estimation.</translation>
    </message>
</context>
<context>
    <name>engine::GroupCsv</name>
    <message>
        <source>text after a closing quote; quote the whole value</source>
        <translation>du texte après un guillemet fermant&#xa0;; mettez toute la valeur entre guillemets</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value; quote the value and double the quote</source>
        <translation>un guillemet dans une valeur sans guillemets&#xa0;; mettez la valeur entre guillemets et doublez le guillemet</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>une valeur entre guillemets n’est jamais fermée</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with userName</source>
        <translation>le fichier est vide&#xa0;; il lui faut une ligne d’en-tête avec userName</translation>
    </message>
    <message>
        <source>a second column for %1</source>
        <extracomment>%1 is the attribute the column maps to, e.g. email</extracomment>
        <translation>une deuxième colonne pour %1</translation>
    </message>
    <message>
        <source>no userName column (also accepted: userPrincipalName, Username, login)</source>
        <translation>aucune colonne userName (également acceptées&#xa0;: userPrincipalName, Username, login)</translation>
    </message>
    <message>
        <source>%1 values where the header has %2 columns</source>
        <extracomment>%1 is the number of values in the CSV row, %2 the number of columns</extracomment>
        <translation>%1 valeurs alors que l’en-tête a %2 colonnes</translation>
    </message>
    <message>
        <source>userName is empty</source>
        <translation>userName est vide</translation>
    </message>
    <message>
        <source>“%1” contains a space or a quote</source>
        <extracomment>%1 is the userName value from the CSV file</extracomment>
        <translation>«&#xa0;%1&#xa0;» contient un espace ou un guillemet</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <extracomment>%1 is the userName value from the CSV file</extracomment>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <extracomment>%1 is the value in the email column</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the file has a header but no people</source>
        <translation>le fichier a un en-tête mais aucune personne</translation>
    </message>
    <message>
        <source>%1 people: at most %2 — this is a pilot, not a migration.</source>
        <extracomment>%1 is the number of people in the file, %2 the maximum allowed</extracomment>
        <translation>%1 personnes&#xa0;: %2 au plus — ceci est un pilote, pas une migration.</translation>
    </message>
    <message>
        <source>contains the invisible control character %1</source>
        <extracomment>%1 is a code point such as U+0000</extracomment>
        <translation>contient le caractère de contrôle invisible %1</translation>
    </message>
    <message>
        <source>line %L1: %2</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %2 the problem found there (a sentence)</extracomment>
        <translation>ligne %L1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %L1, column %L2: %3</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %L2 the column&apos;s number, %3 the problem (a sentence)</extracomment>
        <translation>ligne %L1, colonne %L2&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %L1, column %L2 (%3): %4</source>
        <extracomment>%L1 is the CSV file&apos;s line number, %L2 the column&apos;s number, %3 the column&apos;s header, %4 the problem (a sentence)</extracomment>
        <translation>ligne %L1, colonne %L2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>engine::GroupLookup</name>
    <message>
        <source>The group “%1” could not be found (%2).</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» est introuvable (%2).</translation>
    </message>
    <message>
        <source>The group id cannot be used: %1.</source>
        <extracomment>%1 is what is wrong with the id of the group at the service</extracomment>
        <translation>L’ID de groupe est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The group “%1” has an id the console cannot use safely: %2.</source>
        <extracomment>%1 is the group&apos;s display name at the service, %2 what is wrong with its id</extracomment>
        <translation>Le groupe «&#xa0;%1&#xa0;» a un ID que la console ne peut pas utiliser sans risque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No group given: add the group&apos;s name or id to the profile to test membership.</source>
        <translation>Aucun groupe indiqué&#xa0;: ajoutez le nom ou l’ID du groupe au profil pour tester l’appartenance.</translation>
    </message>
</context>
<context>
    <name>engine::GroupRun</name>
    <message>
        <source>The row can be provisioned</source>
        <translation>La ligne peut être provisionnée</translation>
    </message>
    <message>
        <source>What the first sync will do</source>
        <translation>Ce que fera la première synchronisation</translation>
    </message>
    <message>
        <source>The account arrived</source>
        <translation>Le compte est arrivé</translation>
    </message>
    <message>
        <source>The account is active</source>
        <translation>Le compte est actif</translation>
    </message>
    <message>
        <source>Its attributes are as in the file</source>
        <translation>Ses attributs sont ceux du fichier</translation>
    </message>
    <message>
        <source>It is in the group</source>
        <translation>Il est dans le groupe</translation>
    </message>
    <message>
        <source>In the group but not in the file</source>
        <translation>Dans le groupe mais pas dans le fichier</translation>
    </message>
    <message>
        <source>The group %1 could not be read: %2</source>
        <extracomment>%1 is the id of the group at the service, %2 a summary of the failed response</extracomment>
        <translation>Impossible de lire le groupe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1 (%2) is in the group “%3” but not in the file.</source>
        <extracomment>%1 is the account&apos;s userName, %2 its id, %3 the group&apos;s name (or id) at the service</extracomment>
        <translation>Le compte %1 (%2) est dans le groupe «&#xa0;%3&#xa0;» mais pas dans le fichier.</translation>
    </message>
    <message>
        <source>If this person should not be in the pilot, remove them from the group in the IdP; the next cycle then removes the membership.</source>
        <translation>Si cette personne ne doit pas faire partie du pilote, retirez-la du groupe dans l’IdP&#xa0;; le cycle suivant supprimera alors l’appartenance.</translation>
    </message>
    <message>
        <source>Line %1: SSO signs people in by email, and this row has none to compare with the userName.</source>
        <extracomment>%1 is the line number in the CSV file</extracomment>
        <translation>Ligne %1&#xa0;: le SSO connecte les personnes par e-mail, et cette ligne n’en a aucun à comparer avec le userName.</translation>
    </message>
    <message>
        <source>Line %1: SSO signs in with the email %2, but SCIM would send the userName %3.</source>
        <extracomment>%1 is the line number in the CSV file, %2 the person&apos;s email, %3 their userName</extracomment>
        <translation>Ligne %1&#xa0;: le SSO connecte avec l’e-mail %2, mais SCIM enverrait le userName %3.</translation>
    </message>
    <message>
        <source>When SSO and SCIM identify a person by different values, the first sign-in can create a second account. Map userName to the email (or SSO to the userName) in the IdP&apos;s attribute mappings.</source>
        <translation>Quand le SSO et SCIM identifient une personne par des valeurs différentes, la première connexion peut créer un second compte. Mappez userName sur l’e-mail (ou le SSO sur le userName) dans les mappages d’attributs de l’IdP.</translation>
    </message>
    <message>
        <source>Line %1.</source>
        <extracomment>%1 is the line number in the CSV file</extracomment>
        <translation>Ligne %1.</translation>
    </message>
    <message>
        <source>Not checked: the account could not be looked up.</source>
        <translation>Non vérifié&#xa0;: le compte n’a pas pu être recherché.</translation>
    </message>
    <message>
        <source>No account with the userName %1.</source>
        <extracomment>%1 is the person&apos;s userName from the CSV file</extracomment>
        <translation>Aucun compte avec le userName %1.</translation>
    </message>
    <message>
        <source>The IdP has not provisioned this person yet. Check that they are in the assigned group, and look for them in the IdP&apos;s provisioning logs.</source>
        <translation>L’IdP n’a pas encore provisionné cette personne. Vérifiez qu’elle fait partie du groupe attribué et recherchez-la dans les journaux de provisionnement de l’IdP.</translation>
    </message>
    <message>
        <source>Not checked: the account has not arrived.</source>
        <translation>Non vérifié&#xa0;: le compte n’est pas arrivé.</translation>
    </message>
    <message>
        <source>The service does not say whether the account is active.</source>
        <translation>Le service n’indique pas si le compte est actif.</translation>
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
        <translation>La personne ne peut pas se connecter. Vérifiez le mappage de active dans l’IdP, et si le compte a été désactivé côté service.</translation>
    </message>
    <message>
        <source>%1: the file says “%2”, the service holds “%3”</source>
        <extracomment>%1 is an attribute name, %2 its value in the CSV file, %3 the value(s) the service holds</extracomment>
        <translation>%1&#xa0;: le fichier indique «&#xa0;%2&#xa0;», le service contient «&#xa0;%3&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) compared.</source>
        <extracomment>%n is the number of attributes compared</extracomment>
        <translation>
            <numerusform>%n attribut comparé.</numerusform>
            <numerusform>%n attributs comparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the IdP&apos;s attribute mappings for these attributes, then let the next cycle update them.</source>
        <translation>Vérifiez les mappages d’attributs de l’IdP pour ces attributs, puis laissez le cycle suivant les mettre à jour.</translation>
    </message>
    <message>
        <source>Member of %1.</source>
        <extracomment>%1 is the group&apos;s display name (or id) at the service</extracomment>
        <translation>Membre de %1.</translation>
    </message>
    <message>
        <source>Not a member of %1.</source>
        <extracomment>%1 is the group&apos;s display name (or id) at the service</extracomment>
        <translation>Pas membre de %1.</translation>
    </message>
    <message>
        <source>The IdP pushes group memberships only for groups it is told to provision: check that the group is assigned to the app and its memberships are provisioned.</source>
        <translation>L’IdP ne pousse les appartenances que pour les groupes qu’il doit provisionner&#xa0;: vérifiez que le groupe est attribué à l’application et que ses appartenances sont provisionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s)</source>
        <extracomment>%n is the number of further accounts not listed by name</extracomment>
        <translation>
            <numerusform>%n autre compte</numerusform>
            <numerusform>%n autres comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) in the group are not in the file: %1</source>
        <extracomment>%n is the number of accounts, %1 a comma-separated list of their ids</extracomment>
        <translation>
            <numerusform>%n autre compte du groupe n’est pas dans le fichier&#xa0;: %1</numerusform>
            <numerusform>%n autres comptes du groupe ne sont pas dans le fichier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Is this the pilot group? A pilot group holds a few people; check the group the profile names.</source>
        <translation>Est-ce bien le groupe pilote&#xa0;? Un groupe pilote compte quelques personnes&#xa0;; vérifiez le groupe désigné par le profil.</translation>
    </message>
    <message>
        <source>Links to the existing account %1: nothing new is created.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Se lie au compte existant %1&#xa0;: rien de nouveau n’est créé.</translation>
    </message>
    <message>
        <source>Links to the existing account %1, which differs only in letter case: the service matches userName regardless of case, as the IdP&apos;s own lookup shows.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Se lie au compte existant %1, qui ne diffère que par la casse&#xa0;: le service fait correspondre userName sans tenir compte de la casse, comme le montre la recherche de l’IdP lui-même.</translation>
    </message>
    <message>
        <source>Nothing new is created. If SSO compares the user name exactly, align its case there too.</source>
        <translation>Rien de nouveau n’est créé. Si le SSO compare le nom d’utilisateur à l’identique, alignez-y aussi la casse.</translation>
    </message>
    <message>
        <source>Collides with %1: it differs only in letter case, and this service compares userName exactly, so the IdP&apos;s lookup does not find it.</source>
        <extracomment>%1 is the service&apos;s account as &quot;userName (id)&quot;</extracomment>
        <translation>Entre en conflit avec %1&#xa0;: il ne diffère que par la casse, et ce service compare userName à l’identique, donc la recherche de l’IdP ne le trouve pas.</translation>
    </message>
    <message>
        <source>Depending on the service the IdP creates a second account for the same person or fails with a conflict. Align the userName&apos;s case first.</source>
        <translation>Selon le service, l’IdP crée un second compte pour la même personne ou échoue sur un conflit. Alignez d’abord la casse du userName.</translation>
    </message>
    <message>
        <source>Collides with %3: the %1 %2 already belongs to that account.</source>
        <extracomment>%1 is the column (email or externalId), %2 its value, %3 the account holding it</extracomment>
        <translation>Entre en conflit avec %3&#xa0;: ce compte a déjà %2 comme %1.</translation>
    </message>
    <message>
        <source>The IdP would create a new account for %1, but the service will refuse it (409) or hold two accounts for one person.</source>
        <extracomment>%1 is the person&apos;s userName from the CSV file</extracomment>
        <translation>L’IdP créerait un nouveau compte pour %1, mais le service le refusera (409) ou aura deux comptes pour une même personne.</translation>
    </message>
    <message>
        <source>No account has this userName, email or externalId: the first sync creates one.</source>
        <translation>Aucun compte n’a ce userName, cet e-mail ou cet externalId&#xa0;: la première synchronisation en crée un.</translation>
    </message>
</context>
<context>
    <name>engine::MappingCheck</name>
    <message>
        <source>%1 (%2 extension)</source>
        <extracomment>%1 is an attribute such as employeeNumber, %2 the extension&apos;s name such as enterprise</extracomment>
        <translation>%1 (extension %2)</translation>
    </message>
    <message>
        <source>Mapping %1 → %2</source>
        <extracomment>the mapping row: an IdP source attribute or expression, and the SCIM attribute it fills</extracomment>
        <translation>Mappage %1 → %2</translation>
    </message>
    <message>
        <source>In Okta: Applications → the app → Provisioning → To App → Attribute Mappings, remove the mapping to “%1” (or Directory → Profile Editor → the app&apos;s user profile → delete the attribute), or ask the service provider to store it.</source>
        <extracomment>%1 is the SCIM target attribute, e.g. title or emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Dans Okta&#xa0;: Applications → l’application → Provisionnement → Vers l’application → Mappages d’attributs, supprimez le mappage vers «&#xa0;%1&#xa0;» (ou Répertoire → Éditeur de profil → le profil utilisateur de l’application → supprimez l’attribut), ou demandez au fournisseur de services de l’enregistrer.</translation>
    </message>
    <message>
        <source>In Entra ID: Provisioning → Mappings → Provision Microsoft Entra ID Users → delete the row “%1 → %2”, or ask the service provider to store it.</source>
        <extracomment>%1 is the Entra source attribute or expression, %2 the SCIM target attribute</extracomment>
        <translation>Dans Entra ID&#xa0;: Provisionnement → Mappages → Provisionner les utilisateurs Microsoft Entra ID → supprimez la ligne «&#xa0;%1 → %2&#xa0;», ou demandez au fournisseur de services de l’enregistrer.</translation>
    </message>
    <message>
        <source>%1 fails every user with this attribute and retries them; enough failures quarantine the app. %2</source>
        <extracomment>%1 is the identity provider, e.g. Okta, %2 a sentence on how to fix the mapping</extracomment>
        <translation>%1 fait échouer chaque utilisateur ayant cet attribut et les réessaie&#xa0;; assez d’échecs mettent l’application en quarantaine. %2</translation>
    </message>
    <message>
        <source>Not sent: %1 has no value for this person, and %2 sends no empty values.</source>
        <extracomment>%1 is the mapping row&apos;s source attribute, %2 the identity provider, e.g. Okta</extracomment>
        <translation>Non envoyé&#xa0;: %1 n’a pas de valeur pour cette personne, et %2 n’envoie pas de valeurs vides.</translation>
    </message>
    <message>
        <source>Provisioning “works” but this data never arrives. %1</source>
        <extracomment>%1 is a sentence on how to fix the mapping</extracomment>
        <translation>Le provisionnement «&#xa0;fonctionne&#xa0;», mais ces données n’arrivent jamais. %1</translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2” (only the letter case differs).</source>
        <extracomment>%1 is the value sent, %2 the value the service stored</extracomment>
        <translation>Modifié&#xa0;: «&#xa0;%1&#xa0;» envoyé, «&#xa0;%2&#xa0;» enregistré (seule la casse diffère).</translation>
    </message>
    <message>
        <source>Changed: sent “%1”, stored as “%2”.</source>
        <translation>Modifié&#xa0;: «&#xa0;%1&#xa0;» envoyé, «&#xa0;%2&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>%1 compares what it sent with what it reads and may send the value again on every cycle. Ask the service provider to store it unchanged, or map the value the service keeps.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>%1 compare ce qu’il a envoyé à ce qu’il relit et peut renvoyer la valeur à chaque cycle. Demandez au fournisseur de services de l’enregistrer sans modification, ou mappez la valeur que le service conserve.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas lists it.</source>
        <translation>Le /Schemas du service le répertorie.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas does not list it.</source>
        <translation>Le /Schemas du service ne le répertorie pas.</translation>
    </message>
    <message>
        <source>Rejected: the service refuses a user that carries %1 (sent “%2”).</source>
        <extracomment>%1 is the SCIM target attribute, %2 the value the pilot sent</extracomment>
        <translation>Rejeté&#xa0;: le service refuse un utilisateur portant %1 (envoyé&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Dropped silently: sent “%1”%2, answered with success, but the user read back has no %3.</source>
        <extracomment>%2 is empty or a note in brackets, e.g. &quot; (sample)&quot;</extracomment>
        <translation>Perdu sans avertissement&#xa0;: «&#xa0;%1&#xa0;»%2 envoyé, réponse de succès, mais l’utilisateur relu n’a pas de %3.</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas advertises it all the same.</source>
        <translation>Le /Schemas du service l’annonce pourtant.</translation>
    </message>
    <message>
        <source>Stored as sent: “%1”%2.</source>
        <extracomment>%2 is empty or a note in brackets, e.g. &quot; (sample)&quot;</extracomment>
        <translation>Enregistré tel qu’envoyé&#xa0;: «&#xa0;%1&#xa0;»%2.</translation>
    </message>
</context>
<context>
    <name>engine::OktaAiwDialect</name>
    <message>
        <source>Okta App Integration Wizard: PUT for every change, never DELETE.</source>
        <translation>Assistant d’intégration d’applications (AIW) d’Okta&#xa0;: PUT pour chaque modification, jamais de DELETE.</translation>
    </message>
    <message>
        <source>Okta app built with the wizard</source>
        <translation>Application Okta créée avec l’assistant</translation>
    </message>
    <message>
        <source>Pick this if you created the app yourself with Okta&apos;s App Integration Wizard (a SAML or SWA app with SCIM provisioning).</source>
        <translation>Choisissez ceci si vous avez créé l’application vous-même avec l’assistant d’intégration d’applications (AIW) d’Okta (une application SAML ou SWA avec provisionnement SCIM).</translation>
    </message>
</context>
<context>
    <name>engine::OktaDialect</name>
    <message>
        <source>Okta catalog (OIN) app: PUT for profiles, path-less PATCH to deactivate, membership PATCH plus a rename PATCH.</source>
        <translation>Application du catalogue Okta (OIN)&#xa0;: PUT pour les profils, PATCH sans chemin pour désactiver, PATCH d’appartenance plus un PATCH de renommage.</translation>
    </message>
    <message>
        <source>Okta marks the deactivation as failed; the leaver keeps an active account until an admin retries the task in Okta.</source>
        <translation>Okta marque la désactivation comme ayant échoué&#xa0;; la personne qui part garde un compte actif jusqu’à ce qu’un administrateur relance la tâche dans Okta.</translation>
    </message>
    <message>
        <source>Okta marks this user&apos;s assignment as failed and shows it under Tasks; an admin must fix the cause and retry. Okta retries throttled requests itself.</source>
        <translation>Okta marque l’attribution de cet utilisateur comme ayant échoué et l’affiche sous Tâches&#xa0;; un administrateur doit corriger la cause et réessayer. Okta réessaie lui-même les requêtes limitées.</translation>
    </message>
    <message>
        <source>Okta catalog app</source>
        <translation>Application du catalogue Okta</translation>
    </message>
    <message>
        <source>Pick this if you added the service provider&apos;s app from the Okta Integration Network catalog.</source>
        <translation>Choisissez ceci si vous avez ajouté l’application du fournisseur de services depuis le catalogue Okta Integration Network.</translation>
    </message>
</context>
<context>
    <name>engine::OutcomeLook</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>a run that could not be carried out (the endpoint unreachable, bad input)</extracomment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>engine::PilotRun</name>
    <message>
        <source>Look for the user before creating it</source>
        <translation>Rechercher l’utilisateur avant de le créer</translation>
    </message>
    <message>
        <source>Create the user (joiner)</source>
        <translation>Créer l’utilisateur (arrivée)</translation>
    </message>
    <message>
        <source>Read the user back</source>
        <translation>Relire l’utilisateur</translation>
    </message>
    <message>
        <source>Find the user by userName</source>
        <translation>Trouver l’utilisateur par userName</translation>
    </message>
    <message>
        <source>Find it with the userName in capitals</source>
        <translation>Le trouver avec le userName en majuscules</translation>
    </message>
    <message>
        <source>A second create is refused (409)</source>
        <translation>Une deuxième création est refusée (409)</translation>
    </message>
    <message>
        <source>Change the user (mover)</source>
        <translation>Modifier l’utilisateur (mutation)</translation>
    </message>
    <message>
        <source>The change is stored</source>
        <translation>La modification est enregistrée</translation>
    </message>
    <message>
        <source>Add the user to the group</source>
        <translation>Ajouter l’utilisateur au groupe</translation>
    </message>
    <message>
        <source>The user is a member</source>
        <translation>L’utilisateur est membre</translation>
    </message>
    <message>
        <source>Remove the user from the group</source>
        <translation>Retirer l’utilisateur du groupe</translation>
    </message>
    <message>
        <source>Deactivate the user (leaver)</source>
        <translation>Désactiver l’utilisateur (départ)</translation>
    </message>
    <message>
        <source>The user is inactive</source>
        <translation>L’utilisateur est inactif</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>The user is gone (404)</source>
        <translation>L’utilisateur n’existe plus (404)</translation>
    </message>
    <message>
        <source>Entra ID would not: it quarantines the app. Answer 200 with an empty list.</source>
        <translation>Entra ID ne le tolère pas&#xa0;: il met l’application en quarantaine. Le service doit répondre 200 avec une liste vide.</translation>
    </message>
    <message>
        <source>A brand-new userName matched %1 users: the filter is ignored.</source>
        <extracomment>%1 is the number of users the filter matched</extracomment>
        <translation>Un userName tout nouveau correspond à %1 utilisateur(s)&#xa0;: le filtre est ignoré.</translation>
    </message>
    <message>
        <source>The IdP would link the new person to an existing account — the classic duplicate or wrong-account bug.</source>
        <translation>L’IdP lierait la nouvelle personne à un compte existant — le bogue classique du doublon ou du mauvais compte.</translation>
    </message>
    <message>
        <source>No user named %1 yet, as expected.</source>
        <extracomment>%1 is the test user&apos;s userName</extracomment>
        <translation>Aucun utilisateur nommé %1 pour l’instant, comme prévu.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 without the new user&apos;s id.</source>
        <extracomment>%1 is the HTTP status code of the create request</extracomment>
        <translation>HTTP %1 sans l’id du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The IdP needs the id to change or remove the user later. %1</source>
        <extracomment>%1 is a sentence on what the identity provider does on this failure</extracomment>
        <translation>L’IdP a besoin de l’id pour modifier ou supprimer l’utilisateur par la suite. %1</translation>
    </message>
    <message>
        <source>Created with HTTP %1 rather than 201.</source>
        <extracomment>%1 is the HTTP status code of the create request</extracomment>
        <translation>Créé avec HTTP %1 au lieu de 201.</translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 says 201 Created.</source>
        <translation>Entra ID et Okta l’acceptent&#xa0;; la RFC 7644 prescrit 201 Created.</translation>
    </message>
    <message>
        <source>Not run: the user could not be created.</source>
        <translation>Non exécuté&#xa0;: l’utilisateur n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>The user read back differs: userName “%1”, externalId “%2”.</source>
        <extracomment>%1 is the userName the service holds, %2 the externalId it holds</extracomment>
        <translation>L’utilisateur relu diffère&#xa0;: userName «&#xa0;%1&#xa0;», externalId «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Values must round-trip unchanged, or the IdP keeps “correcting” them every cycle.</source>
        <translation>Les valeurs doivent revenir inchangées, sinon l’IdP continue de les «&#xa0;corriger&#xa0;» à chaque cycle.</translation>
    </message>
    <message>
        <source>The filter userName eq &quot;%1&quot; returned %2 users.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 the number of users returned</extracomment>
        <translation>Le filtre userName eq &quot;%1&quot; a renvoyé %2 utilisateur(s).</translation>
    </message>
    <message>
        <source>The IdP matches existing accounts by this filter; without it, it creates duplicates.</source>
        <translation>L’IdP retrouve les comptes existants avec ce filtre&#xa0;; sans lui, il crée des doublons.</translation>
    </message>
    <message>
        <source>Found with %1</source>
        <translation>Trouvé avec %1</translation>
    </message>
    <message>
        <source>%1 found nothing: userName is compared case-sensitively.</source>
        <extracomment>%1 is the test user&apos;s userName in capital letters</extracomment>
        <translation>%1 n’a rien trouvé&#xa0;: userName est comparé en respectant la casse.</translation>
    </message>
    <message>
        <source>RFC 7643 makes userName case-insensitive and Okta&apos;s own test expects a match; a person whose address changes case would get a second account.</source>
        <translation>La RFC 7643 rend userName insensible à la casse et le test d’Okta lui-même attend une correspondance&#xa0;; une personne dont l’adresse change de casse obtiendrait un second compte.</translation>
    </message>
    <message>
        <source>A second user with the same userName was created (%1).</source>
        <extracomment>%1 is the id of the duplicate user at the service</extracomment>
        <translation>Un second utilisateur avec le même userName a été créé (%1).</translation>
    </message>
    <message>
        <source>The service must answer 409 with scimType uniqueness; otherwise every retry by the IdP creates another account. (The duplicate is removed by the cleanup.)</source>
        <translation>Le service doit répondre 409 avec scimType uniqueness&#xa0;; sinon chaque nouvelle tentative de l’IdP crée un compte de plus. (Le doublon est supprimé par le nettoyage.)</translation>
    </message>
    <message>
        <source>Refused with 409%1.</source>
        <extracomment>%1 is empty or the SCIM error type in brackets, e.g. &quot; (uniqueness)&quot;</extracomment>
        <translation>Refusé avec 409%1.</translation>
    </message>
    <message>
        <source>Refused, but with %1 rather than 409.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>Refusé, mais avec %1 au lieu de 409.</translation>
    </message>
    <message>
        <source>Okta needs 409 to recognise an existing account; another answer shows as an error.</source>
        <translation>Okta a besoin d’un 409 pour reconnaître un compte existant&#xa0;; toute autre réponse apparaît comme une erreur.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%1 is “%2”, expected “%3”</source>
        <extracomment>%1 is a SCIM attribute, %2 the value the service stored, %3 the value sent</extracomment>
        <translation>%1 vaut «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» attendu</translation>
    </message>
    <message>
        <source>The service answered the change with success but did not store it; the IdP will send it again every cycle and the account stays out of date.</source>
        <translation>Le service a répondu à la modification par un succès mais ne l’a pas enregistrée&#xa0;; l’IdP la renverra à chaque cycle et le compte restera obsolète.</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <extracomment>%1 is the display name of the group at the service</extracomment>
        <translation>Ajouté à %1</translation>
    </message>
    <message>
        <source>The group could not be read.</source>
        <translation>Le groupe n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <extracomment>%1 is the test user&apos;s userName, %2 the display name of the group at the service</extracomment>
        <translation>%1 est membre de %2.</translation>
    </message>
    <message>
        <source>The user is not a member after the add was answered with success.</source>
        <translation>L’utilisateur n’est pas membre alors que l’ajout a reçu une réponse de succès.</translation>
    </message>
    <message>
        <source>The service ignores this membership request shape; group-based access would never be granted.</source>
        <translation>Le service ignore cette forme de requête d’appartenance&#xa0;; l’accès par groupe ne serait jamais accordé.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>The remove was answered with success, but the user is still a member.</source>
        <translation>Le retrait a reçu une réponse de succès, mais l’utilisateur est toujours membre.</translation>
    </message>
    <message>
        <source>The service ignores this removal shape; leavers would keep group access. %1</source>
        <extracomment>%1 is a sentence on what the identity provider does on this failure</extracomment>
        <translation>Le service ignore cette forme de retrait&#xa0;; les personnes parties garderaient l’accès donné par le groupe. %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not judged: the deactivation itself was refused.</source>
        <translation>Non évalué&#xa0;: la désactivation elle-même a été refusée.</translation>
    </message>
    <message>
        <source>active is stored as the string “%1”.</source>
        <extracomment>%1 is the value stored for active, e.g. False</extracomment>
        <translation>L’attribut active est stocké sous forme de chaîne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The service kept Entra&apos;s string as it came; RFC 7643 makes active a boolean, and other clients may read it as true.</source>
        <translation>Le service a conservé la chaîne d’Entra telle quelle&#xa0;; la RFC 7643 définit active comme un booléen, et d’autres clients peuvent lire cette chaîne comme true.</translation>
    </message>
    <message>
        <source>The user is still active after the deactivation was answered with success.</source>
        <translation>L’utilisateur est toujours actif alors que la désactivation a reçu une réponse de succès.</translation>
    </message>
    <message>
        <source>A leaver keeps access. Services that handle only a PATCH with path &quot;active&quot; miss Okta&apos;s path-less shape.</source>
        <translation>Une personne partie garde son accès. Les services qui ne traitent qu’un PATCH avec le chemin &quot;active&quot; ne gèrent pas la forme sans chemin d’Okta.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>The user can still be read after the delete (%1).</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>L’utilisateur peut encore être lu après la suppression (%1).</translation>
    </message>
    <message>
        <source>Entra ID believes the account is gone while it remains. (The cleanup tries again.)</source>
        <translation>Entra ID croit le compte supprimé alors qu’il existe toujours. (Le nettoyage réessaie.)</translation>
    </message>
    <message>
        <source>Not sent: the user could not be read to confirm it is the console&apos;s (%1)</source>
        <translation>Non envoyé&#xa0;: l’utilisateur n’a pas pu être lu pour confirmer qu’il a été créé par la console (%1)</translation>
    </message>
    <message>
        <source>Not sent: %1 does not carry this run&apos;s marker (externalId “%2”), so it is not the console&apos;s to change.</source>
        <translation>Non envoyé&#xa0;: %1 ne porte pas le marqueur de cette exécution (externalId «&#xa0;%2&#xa0;»)&#xa0;; ce n’est donc pas à la console de le modifier.</translation>
    </message>
    <message>
        <source>The console writes only to objects it created in this run. Send this report to the service provider.</source>
        <translation>La console n’écrit que dans les objets qu’elle a créés lors de cette exécution. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The service answered with an id that cannot name one user: %1.</source>
        <extracomment>%1 is the reason, e.g. &quot;the id “..” is a path step, not a name&quot;</extracomment>
        <translation>Le service a répondu avec un id qui ne peut pas désigner un seul utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The console stops here: a request built from this id could reach another resource. The cleanup looks the user up by its userName and this run&apos;s marker. Send this report to the service provider.</source>
        <translation>La console s’arrête ici&#xa0;: une requête construite avec cet id pourrait atteindre une autre ressource. Le nettoyage recherche l’utilisateur par son userName et le marqueur de cette exécution. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The user read back has the id “%1”, not “%2” as the create answered.</source>
        <extracomment>%1 is the id the service gave when reading back, %2 the id its create answer gave</extracomment>
        <translation>L’utilisateur relu a l’id «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;» comme l’indiquait la réponse à la création.</translation>
    </message>
    <message>
        <source>The console stops here: it changes only the object it created. Send this report to the service provider.</source>
        <translation>La console s’arrête ici&#xa0;: elle ne modifie que l’objet qu’elle a créé. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Not run: the service changed the user&apos;s id.</source>
        <translation>Non exécuté&#xa0;: le service a changé l’id de l’utilisateur.</translation>
    </message>
    <message>
        <source>Not run: the user no longer carries this run&apos;s marker.</source>
        <translation>Non exécuté&#xa0;: l’utilisateur ne porte plus le marqueur de cette exécution.</translation>
    </message>
    <message>
        <source>Reading it back gives 404: the service no longer shows it over SCIM (some services keep a deleted account&apos;s record where SCIM cannot see it).</source>
        <translation>La relecture donne 404&#xa0;: le service ne le montre plus via SCIM (certains services conservent l’enregistrement d’un compte supprimé là où SCIM ne le voit pas).</translation>
    </message>
    <message>
        <source>HTTP 404 for a filter that matches no one; %1 tolerates it.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>HTTP 404 pour un filtre qui ne correspond à personne&#xa0;; %1 le tolère.</translation>
    </message>
    <message>
        <source>%1 never deletes users: it deactivates them. The cleanup still removes this one.</source>
        <extracomment>%1 is the identity provider, e.g. Okta</extracomment>
        <translation>%1 ne supprime jamais d’utilisateurs&#xa0;: il les désactive. Le nettoyage supprime tout de même celui-ci.</translation>
    </message>
    <message>
        <source>Not run: the manager could not be created.</source>
        <translation>Non exécuté&#xa0;: le responsable n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Created %1 (%2)</source>
        <translation>Créé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The manager was created without an id that names one user.</source>
        <translation>Le responsable a été créé sans id désignant un seul utilisateur.</translation>
    </message>
    <message>
        <source>Manager set to %1</source>
        <extracomment>%1 is the test manager&apos;s id at the service</extracomment>
        <translation>Responsable défini sur %1</translation>
    </message>
    <message>
        <source>(Found by creating test users with halves of the attributes: the service&apos;s error named none.)</source>
        <translation>(Trouvé en créant des utilisateurs de test avec la moitié des attributs à chaque fois&#xa0;: l’erreur du service n’en nommait aucun.)</translation>
    </message>
    <message>
        <source>The service&apos;s /Schemas could not be read (%1), so what it advertises is not compared.</source>
        <translation>Le /Schemas du service n’a pas pu être lu (%1)&#xa0;; ce qu’il annonce n’est donc pas comparé.</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Trouvé par %1</translation>
    </message>
    <message>
        <source>Create the user&apos;s manager</source>
        <translation>Créer le responsable de l’utilisateur</translation>
    </message>
    <message>
        <source>Set the manager (a follow-up PATCH)</source>
        <translation>Définir le responsable (un PATCH ultérieur)</translation>
    </message>
    <message>
        <source>The service refused the user as %1 sends it, because of %2; it took the user without them, so the rest of the pilot ran with that user.</source>
        <extracomment>%1 is the identity provider, e.g. Entra ID, %2 a list of SCIM attributes</extracomment>
        <translation>Le service a refusé l’utilisateur tel que %1 l’envoie, à cause de %2&#xa0;; il l’a accepté sans ces attributs, et la suite du pilote s’est donc déroulée avec cet utilisateur.</translation>
    </message>
    <message>
        <source>Until the rows for these attributes are deleted from the mapping (see the mapping steps), %1 fails every user. %2</source>
        <extracomment>%1 is the identity provider, %2 a sentence on what it does on this failure</extracomment>
        <translation>Tant que les lignes de ces attributs ne sont pas supprimées du mappage (voir les étapes de mappage), %1 échoue pour chaque utilisateur. %2</translation>
    </message>
    <message>
        <source>Not checked: the user could not be read back.</source>
        <translation>Non vérifié&#xa0;: l’utilisateur n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>Not checked: the manager could not be set.</source>
        <translation>Non vérifié&#xa0;: le responsable n’a pas pu être défini.</translation>
    </message>
    <message>
        <source>The service answered %1 to the filtered member lookup (GET /Groups?filter=members[value eq …]), so the console read the whole group instead: one more request, and on a large group a large answer.</source>
        <extracomment>%1 is the HTTP status code; keep the request text in brackets as it is</extracomment>
        <translation>Le service a répondu %1 à la recherche filtrée des membres (GET /Groups?filter=members[value eq …])&#xa0;; la console a donc lu le groupe entier&#xa0;: une requête de plus et, pour un grand groupe, une réponse volumineuse.</translation>
    </message>
</context>
<context>
    <name>engine::Run</name>
    <message>
        <source>Not run: the run was cancelled.</source>
        <translation>Non exécuté&#xa0;: l’exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>engine::RunHistory</name>
    <message>
        <source>Could not create the history folder %1.</source>
        <extracomment>%1 is the folder&apos;s path</extracomment>
        <translation>Impossible de créer le dossier d’historique %1.</translation>
    </message>
    <message>
        <source>Could not keep the run in the history: %1</source>
        <extracomment>%1 is the system&apos;s error message; &quot;run&quot; is a verify/pilot run&apos;s result</extracomment>
        <translation>Impossible de conserver l’exécution dans l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <extracomment>%1 is the file path, %2 the system&apos;s error message</extracomment>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a run result of this tool.</source>
        <extracomment>%1 is the file path; &quot;run result&quot; is a saved verify/pilot result</extracomment>
        <translation>%1 n’est pas un résultat d’exécution de cet outil.</translation>
    </message>
</context>
<context>
    <name>engine::RunResult</name>
    <message>
        <source>Stopped: the run was cancelled while this request was under way.</source>
        <translation>Arrêté&#xa0;: l’exécution a été annulée pendant que cette requête était en cours.</translation>
    </message>
</context>
<context>
    <name>engine::RunSummary</name>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>%n is a number of steps (checks) that passed, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>%n is a number of steps (checks) that failed, part of a list like &quot;14 passed, 1 failed&quot;</extracomment>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>%n is a number of warnings, part of a list like &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>%n is a number of steps (checks) skipped, part of a list like &quot;14 passed, 2 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>%n is a number of steps (checks) cancelled, part of a list like &quot;3 passed, 5 cancelled&quot;</extracomment>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>no steps</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the counts, e.g. &quot;14 passed, 1 warning&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Group preview</source>
        <comment>service group</comment>
        <translation>Aperçu du groupe</translation>
    </message>
    <message>
        <source>Group confirmation</source>
        <comment>service group</comment>
        <translation>Confirmation du groupe</translation>
    </message>
    <message>
        <source>Verify of %1</source>
        <extracomment>the first line of a run&apos;s table in the terminal; %1 is the SCIM endpoint URL</extracomment>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Pilot of %1</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Pilote avec %1</translation>
    </message>
    <message>
        <source>Group preview of %1</source>
        <comment>service group</comment>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Aperçu du groupe pour %1</translation>
    </message>
    <message>
        <source>Group confirmation of %1</source>
        <comment>service group</comment>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Confirmation du groupe pour %1</translation>
    </message>
    <message>
        <source>Cleanup of %1</source>
        <extracomment>%1 is the SCIM endpoint URL</extracomment>
        <translation>Nettoyage de %1</translation>
    </message>
    <message>
        <source>Run “%1” of %2</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one; %2 the SCIM endpoint URL</extracomment>
        <translation>Exécution «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>SCIM verify report</source>
        <translation>Rapport de vérification SCIM</translation>
    </message>
    <message>
        <source>SCIM pilot report</source>
        <translation>Rapport pilote SCIM</translation>
    </message>
    <message>
        <source>SCIM group preview report</source>
        <comment>service group</comment>
        <translation>Rapport SCIM d’aperçu du groupe</translation>
    </message>
    <message>
        <source>SCIM group confirmation report</source>
        <comment>service group</comment>
        <translation>Rapport SCIM de confirmation du groupe</translation>
    </message>
    <message>
        <source>SCIM cleanup report</source>
        <translation>Rapport de nettoyage SCIM</translation>
    </message>
    <message>
        <source>SCIM report (run “%1”)</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>Rapport SCIM (exécution «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Verify passed</source>
        <extracomment>the headline of a run; &quot;could not run&quot;: it could not reach the endpoint at all</extracomment>
        <translation>Vérification réussie</translation>
    </message>
    <message>
        <source>Verify failed</source>
        <translation>Vérification échouée</translation>
    </message>
    <message>
        <source>Verify could not run</source>
        <translation>La vérification n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <source>Verify cancelled</source>
        <translation>Vérification annulée</translation>
    </message>
    <message>
        <source>Pilot passed</source>
        <translation>Pilote réussi</translation>
    </message>
    <message>
        <source>Pilot failed</source>
        <translation>Pilote échoué</translation>
    </message>
    <message>
        <source>Pilot could not run</source>
        <translation>Le pilote n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <source>Pilot cancelled</source>
        <translation>Pilote annulé</translation>
    </message>
    <message>
        <source>Group preview passed</source>
        <comment>service group</comment>
        <translation>Aperçu du groupe réussi</translation>
    </message>
    <message>
        <source>Group preview failed</source>
        <comment>service group</comment>
        <translation>Aperçu du groupe échoué</translation>
    </message>
    <message>
        <source>Group preview could not run</source>
        <comment>service group</comment>
        <translation>L’aperçu du groupe n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <source>Group preview cancelled</source>
        <comment>service group</comment>
        <translation>Aperçu du groupe annulé</translation>
    </message>
    <message>
        <source>Group confirmation passed</source>
        <comment>service group</comment>
        <translation>Confirmation du groupe réussie</translation>
    </message>
    <message>
        <source>Group confirmation failed</source>
        <comment>service group</comment>
        <translation>Confirmation du groupe échouée</translation>
    </message>
    <message>
        <source>Group confirmation could not run</source>
        <comment>service group</comment>
        <translation>La confirmation du groupe n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <source>Group confirmation cancelled</source>
        <comment>service group</comment>
        <translation>Confirmation du groupe annulée</translation>
    </message>
    <message>
        <source>Cleanup passed</source>
        <translation>Nettoyage réussi</translation>
    </message>
    <message>
        <source>Cleanup failed</source>
        <translation>Nettoyage échoué</translation>
    </message>
    <message>
        <source>Cleanup could not run</source>
        <translation>Le nettoyage n’a pas pu s’exécuter</translation>
    </message>
    <message>
        <source>Cleanup cancelled</source>
        <translation>Nettoyage annulé</translation>
    </message>
    <message>
        <source>Run “%1” passed</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>Exécution «&#xa0;%1&#xa0;» réussie</translation>
    </message>
    <message>
        <source>Run “%1” failed</source>
        <translation>Exécution «&#xa0;%1&#xa0;» échouée</translation>
    </message>
    <message>
        <source>Run “%1” could not run</source>
        <translation>L’exécution «&#xa0;%1&#xa0;» n’a pas pu avoir lieu</translation>
    </message>
    <message>
        <source>Run “%1” cancelled</source>
        <extracomment>%1 is the run&apos;s kind as stored in its file, an unknown (newer) one</extracomment>
        <translation>Exécution «&#xa0;%1&#xa0;» annulée</translation>
    </message>
</context>
<context>
    <name>engine::Targets</name>
    <message>
        <source>The profile “%1” has no token stored; store the token you received for it first.</source>
        <extracomment>%1 is the profile&apos;s name; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a aucun jeton enregistré&#xa0;; enregistrez d’abord le jeton que vous avez reçu pour lui.</translation>
    </message>
    <message>
        <source>“%1” is not an authentication mode; use one of %2.</source>
        <extracomment>%1 is the mode given, %2 the list of modes</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mode d’authentification&#xa0;; utilisez l’un de ces modes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a client authentication method; use basic or form.</source>
        <extracomment>%1 is the value given for the OAuth client authentication method</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une méthode d’authentification du client&#xa0;; utilisez basic ou form.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The password contains an invisible control character; copy it again.</source>
        <translation>Le mot de passe contient un caractère de contrôle invisible&#xa0;; copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>The header token is empty.</source>
        <translation>Le jeton d’en-tête est vide.</translation>
    </message>
    <message>
        <source>The header token contains an invisible control character; copy it again.</source>
        <translation>Le jeton d’en-tête contient un caractère de contrôle invisible&#xa0;; copiez-le de nouveau.</translation>
    </message>
    <message>
        <source>The client secret is empty.</source>
        <translation>Le secret client est vide.</translation>
    </message>
    <message>
        <source>The client secret contains an invisible control character; copy it again.</source>
        <translation>Le secret client contient un caractère de contrôle invisible&#xa0;; copiez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>engine::VerifyRun</name>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>The endpoint answers</source>
        <translation>Le point de terminaison répond</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>A request without a token is refused</source>
        <translation>Une requête sans jeton est refusée</translation>
    </message>
    <message>
        <source>A wrong token is refused</source>
        <translation>Un jeton erroné est refusé</translation>
    </message>
    <message>
        <source>The token is accepted</source>
        <translation>Le jeton est accepté</translation>
    </message>
    <message>
        <source>Discovery: /ServiceProviderConfig</source>
        <translation>Découverte&#xa0;: /ServiceProviderConfig</translation>
    </message>
    <message>
        <source>Discovery: /ResourceTypes</source>
        <translation>Découverte&#xa0;: /ResourceTypes</translation>
    </message>
    <message>
        <source>Discovery: /Schemas</source>
        <translation>Découverte&#xa0;: /Schemas</translation>
    </message>
    <message>
        <source>Entra ID&apos;s Test Connection</source>
        <translation>«&#xa0;Tester la connexion&#xa0;» d’Entra ID</translation>
    </message>
    <message>
        <source>Okta&apos;s Test Connector Configuration</source>
        <translation>«&#xa0;Tester la configuration du connecteur&#xa0;» d’Okta</translation>
    </message>
    <message>
        <source>Groups can be listed</source>
        <translation>Les groupes peuvent être listés</translation>
    </message>
    <message>
        <source>Your group exists</source>
        <translation>Votre groupe existe</translation>
    </message>
    <message>
        <source>An unknown user id is 404</source>
        <translation>Un id d’utilisateur inconnu donne 404</translation>
    </message>
    <message>
        <source>Answers are application/scim+json</source>
        <translation>Les réponses sont en application/scim+json</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Horloge du serveur</translation>
    </message>
    <message>
        <source>Not run: the endpoint could not be reached safely.</source>
        <translation>Non exécuté&#xa0;: le point de terminaison n’a pas pu être joint en toute sécurité.</translation>
    </message>
    <message>
        <source>Not judged: the token itself was refused (see auth-accepts-token).</source>
        <translation>Non évalué&#xa0;: le jeton lui-même a été refusé (voir auth-accepts-token).</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint URL again from the message you received.</source>
        <translation>Copiez à nouveau l’URL du point de terminaison SCIM depuis le message que vous avez reçu.</translation>
    </message>
    <message>
        <source>The URL had spaces or line breaks around it; they were removed.</source>
        <translation>L’URL était entourée d’espaces ou de sauts de ligne&#xa0;; ils ont été supprimés.</translation>
    </message>
    <message>
        <source>Paste it without them into your identity provider too.</source>
        <translation>Collez-la aussi sans eux dans votre fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Plain http to %1, a test server on this computer (http is refused for any other host).</source>
        <extracomment>%1 is the host name of the SCIM endpoint</extracomment>
        <translation>Connexion http en clair vers %1, un serveur de test sur cet ordinateur (http est refusé pour tout autre hôte).</translation>
    </message>
    <message>
        <source>%1 — https, path %2.</source>
        <extracomment>%1 is the host name of the SCIM endpoint, %2 the URL&apos;s path, e.g. /scim/v2</extracomment>
        <translation>%1 — https, chemin %2.</translation>
    </message>
    <message>
        <source>The server answered the connection (see the certificate step).</source>
        <translation>Le serveur a répondu à la connexion (voir l’étape du certificat).</translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no certificate to check.</source>
        <translation>Connexion http en clair sur cet ordinateur&#xa0;: il n’y a pas de certificat à vérifier.</translation>
    </message>
    <message>
        <source>The certificate expired on %1. The service provider must renew it.</source>
        <extracomment>%1 is the certificate&apos;s expiry date (yyyy-MM-dd)</extracomment>
        <translation>Le certificat a expiré le %1. Le fournisseur de services doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2: the URL may name the wrong host.</source>
        <extracomment>%1 is the host name the certificate is for, %2 the host name in the endpoint URL</extracomment>
        <translation>Le certificat est émis pour %1, et non pour %2&#xa0;: l’URL désigne peut-être le mauvais hôte.</translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over (%1). Send this report to the service provider.</source>
        <extracomment>%1 is the TLS error names; &quot;token&quot; is the SCIM bearer token or secret</extracomment>
        <translation>La connexion n’est pas assez sûre pour y envoyer le jeton (%1). Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The TLS connection was established.</source>
        <translation>La connexion TLS a été établie.</translation>
    </message>
    <message>
        <source>Refused with HTTP 401, as it should be.</source>
        <translation>Refusé avec HTTP 401, comme il se doit.</translation>
    </message>
    <message>
        <source>Refused with HTTP 403.</source>
        <translation>Refusé avec HTTP 403.</translation>
    </message>
    <message>
        <source>Refusing is right; 401 is what RFC 7644 and the identity providers expect, and it makes a bad token easier to tell from missing permissions.</source>
        <translation>Le refus est correct&#xa0;; 401 est ce qu’attendent la RFC 7644 et les fournisseurs d’identité, et il permet de distinguer plus facilement un mauvais jeton d’un manque d’autorisations.</translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong token: the endpoint does not check tokens — it is open to anyone.</source>
        <translation>HTTP %1 avec un jeton erroné&#xa0;: le point de terminaison ne vérifie pas les jetons — il est ouvert à tous.</translation>
    </message>
    <message>
        <source>HTTP %1 without any token: the endpoint is open to anyone.</source>
        <translation>HTTP %1 sans aucun jeton&#xa0;: le point de terminaison est ouvert à tous.</translation>
    </message>
    <message>
        <source>Stop here. Do not connect an identity provider until the service provider fixes authentication; anyone could read and change your users.</source>
        <translation>Arrêtez-vous ici. Ne connectez aucun fournisseur d’identité tant que le fournisseur de services n’a pas corrigé l’authentification&#xa0;; n’importe qui pourrait lire et modifier vos utilisateurs.</translation>
    </message>
    <message>
        <source>Refused, but with HTTP %1 rather than 401. %2</source>
        <extracomment>%1 is the HTTP status code, %2 a sentence describing the answer</extracomment>
        <translation>Refusé, mais avec HTTP %1 au lieu de 401. %2</translation>
    </message>
    <message>
        <source>GET /Users with the token: %1.</source>
        <extracomment>%1 is a summary of the answer, e.g. &quot;HTTP 200 in 12 ms&quot;</extracomment>
        <translation>GET /Users avec le jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Neither Entra ID nor Okta needs it to provision users; some tools and auditors read it.</source>
        <translation>Ni Entra ID ni Okta n’en ont besoin pour provisionner les utilisateurs&#xa0;; certains outils et auditeurs le lisent.</translation>
    </message>
    <message>
        <source>It says PATCH is not supported.</source>
        <translation>Il indique que PATCH n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>Entra ID changes group membership with PATCH only. If the service really lacks PATCH, groups will not provision from Entra ID.</source>
        <translation>Entra ID modifie l’appartenance aux groupes uniquement avec PATCH. Si le service ne prend vraiment pas en charge PATCH, les groupes ne seront pas provisionnés depuis Entra ID.</translation>
    </message>
    <message>
        <source>PATCH supported; filter %1.</source>
        <extracomment>%1 is &quot;supported&quot; or &quot;not supported&quot; (translated separately)</extracomment>
        <translation>PATCH pris en charge&#xa0;; filtre %1.</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>%1 is not listed (found: %2).</source>
        <extracomment>%1 is a SCIM resource type or schema name, %2 a list of those found</extracomment>
        <translation>%1 n’est pas listé (trouvé&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Lists %1.</source>
        <extracomment>%1 is a comma-separated list of SCIM resource types or schemas, e.g. User, Group</extracomment>
        <translation>Contient %1.</translation>
    </message>
    <message>
        <source>Entra ID treats 404 here as an error: Test Connection fails and, during provisioning, the app is quarantined after repeated failures. The service must answer 200 with an empty list.</source>
        <translation>Entra ID traite un 404 ici comme une erreur&#xa0;: «&#xa0;Tester la connexion&#xa0;» échoue et, pendant le provisionnement, l’application est mise en quarantaine après des échecs répétés. Le service doit répondre 200 avec une liste vide.</translation>
    </message>
    <message>
        <source>Entra ID expects a ListResponse; send this report to the service provider.</source>
        <translation>Entra ID attend une ListResponse&#xa0;; envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>startIndex and itemsPerPage must be present.</source>
        <translation>startIndex et itemsPerPage doivent être présents.</translation>
    </message>
    <message>
        <source>Okta&apos;s test reads totalResults, startIndex and itemsPerPage as integers; send this report to the service provider.</source>
        <translation>Le test d’Okta lit totalResults, startIndex et itemsPerPage comme des entiers&#xa0;; envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>startIndex=1&amp;count=2 → a ListResponse of %1 users with integer counts.</source>
        <extracomment>%1 is the total number of users the service reports; keep the query text as it is</extracomment>
        <translation>startIndex=1&amp;count=2 → une ListResponse de %1 utilisateur(s) avec des compteurs entiers.</translation>
    </message>
    <message>
        <source>Both identity providers list groups to link them; send this report to the service provider.</source>
        <translation>Les deux fournisseurs d’identité listent les groupes pour les lier&#xa0;; envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <extracomment>%n is the total number of groups at the service</extracomment>
        <translation>
            <numerusform>%n groupe.</numerusform>
            <numerusform>%n groupes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group given.</source>
        <translation>Aucun groupe indiqué.</translation>
    </message>
    <message>
        <source>No group has the id %1.</source>
        <extracomment>%1 is the group id given for the service&apos;s group</extracomment>
        <translation>Aucun groupe n’a l’id %1.</translation>
    </message>
    <message>
        <source>Check the group details you received; ids are exact, letter case included.</source>
        <translation>Vérifiez les informations de groupe que vous avez reçues&#xa0;; les id doivent être exacts, casse comprise.</translation>
    </message>
    <message>
        <source>No group is named “%1”.</source>
        <extracomment>%1 is the group name given for the service&apos;s group</extracomment>
        <translation>Aucun groupe ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the group name you received, letter for letter; the service provider creates this group for you.</source>
        <translation>Vérifiez le nom de groupe que vous avez reçu, lettre par lettre&#xa0;; le fournisseur de services crée ce groupe pour vous.</translation>
    </message>
    <message>
        <source>%1 groups are named “%2”.</source>
        <extracomment>%1 is the number of groups with that name, %2 the group name</extracomment>
        <translation>%1 groupes s’appellent «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Use the group&apos;s id instead of its name, so the right one is linked.</source>
        <translation>Utilisez l’id du groupe plutôt que son nom, afin que le bon groupe soit lié.</translation>
    </message>
    <message>
        <source>“%1” (id %2).</source>
        <extracomment>%1 is the group&apos;s display name at the service, %2 its id</extracomment>
        <translation>«&#xa0;%1&#xa0;» (id %2).</translation>
    </message>
    <message>
        <source>Found %1 The answer still lists members although they were excluded.</source>
        <extracomment>%1 is the group found, e.g. “Pilot” (id 42).</extracomment>
        <translation>Trouvé&#xa0;: %1 La réponse liste encore les membres alors qu’ils ont été exclus.</translation>
    </message>
    <message>
        <source>Entra ID always asks for groups without members; a service that sends them anyway gets slow and may time out as the group grows.</source>
        <translation>Entra ID demande toujours les groupes sans leurs membres&#xa0;; un service qui les envoie quand même devient lent et peut dépasser le délai à mesure que le groupe grandit.</translation>
    </message>
    <message>
        <source>Found %1</source>
        <extracomment>%1 is the group found, e.g. “Pilot” (id 42).</extracomment>
        <translation>Trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP 404 with a SCIM Error body.</source>
        <translation>HTTP 404 avec un corps SCIM Error.</translation>
    </message>
    <message>
        <source>HTTP 404, but without a SCIM Error body.</source>
        <translation>HTTP 404, mais sans corps SCIM Error.</translation>
    </message>
    <message>
        <source>Identity providers cope, but their logs will show no reason; RFC 7644 asks for an Error body.</source>
        <translation>Les fournisseurs d’identité s’en accommodent, mais leurs journaux n’indiqueront aucune raison&#xa0;; la RFC 7644 demande un corps Error.</translation>
    </message>
    <message>
        <source>HTTP %1 for a user that cannot exist.</source>
        <extracomment>%1 is the HTTP status code, e.g. 200</extracomment>
        <translation>HTTP %1 pour un utilisateur qui ne peut pas exister.</translation>
    </message>
    <message>
        <source>The identity provider would believe a deleted user still exists; send this report to the service provider.</source>
        <translation>Le fournisseur d’identité croirait qu’un utilisateur supprimé existe encore&#xa0;; envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 404. %2</source>
        <extracomment>%1 is the HTTP status code, %2 a sentence describing the answer</extracomment>
        <translation>HTTP %1 au lieu de 404. %2</translation>
    </message>
    <message>
        <source>No answer with a body to look at.</source>
        <translation>Aucune réponse avec un corps à examiner.</translation>
    </message>
    <message>
        <source>Content-Type is %1.</source>
        <extracomment>%1 is the Content-Type header value, e.g. application/json
----------
%1 is the Content-Type header value, e.g. text/html</extracomment>
        <translation>Le Content-Type est %1.</translation>
    </message>
    <message>
        <source>Entra ID and Okta accept it; RFC 7644 asks for application/scim+json, and stricter clients may refuse.</source>
        <translation>Entra ID et Okta l’acceptent&#xa0;; la RFC 7644 demande application/scim+json, et des clients plus stricts peuvent refuser.</translation>
    </message>
    <message>
        <source>A SCIM service answers with application/scim+json; this looks like a different service.</source>
        <translation>Un service SCIM répond en application/scim+json&#xa0;; il semble s’agir d’un autre service.</translation>
    </message>
    <message>
        <source>The token is not a JWT: it carries no expiry the console can read.</source>
        <translation>Le jeton n’est pas un JWT&#xa0;: il ne porte aucune expiration lisible par la console.</translation>
    </message>
    <message>
        <source>Ask the service provider whether and when it expires.</source>
        <translation>Demandez au fournisseur de services si le jeton expire, et quand.</translation>
    </message>
    <message>
        <source>A JWT without an expiry (exp).</source>
        <translation>Un JWT sans expiration (exp).</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <extracomment>%1 is the token&apos;s expiry date and time; &quot;token&quot; is the SCIM bearer token</extracomment>
        <translation>Le jeton a expiré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The token expires on %1, in %n day(s).</source>
        <extracomment>%1 is the token&apos;s expiry date and time, %n the number of days until then</extracomment>
        <translation>
            <numerusform>Le jeton expire le %1, dans %n jour.</numerusform>
            <numerusform>Le jeton expire le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new token now; provisioning stops the day it expires.</source>
        <translation>Demandez dès maintenant un nouveau jeton&#xa0;; le provisionnement s’arrête le jour où il expire.</translation>
    </message>
    <message>
        <source>Expires on %1 (in %2 days).</source>
        <extracomment>%1 is the token&apos;s expiry date and time, %2 the number of days until then</extracomment>
        <translation>Expire le %1 (dans %2 jours).</translation>
    </message>
    <message>
        <source>The answer carried no readable Date header.</source>
        <translation>La réponse ne contenait aucun en-tête Date lisible.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 minutes off from this computer&apos;s.</source>
        <extracomment>%1 is the clock difference in minutes</extracomment>
        <translation>L’horloge du serveur est décalée de %1 minutes par rapport à celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>Time-limited tokens and the two sides&apos; logs will disagree. Check this computer&apos;s clock; if it is right, tell the service provider.</source>
        <translation>Les jetons à durée limitée et les journaux des deux côtés ne concorderont pas. Vérifiez l’horloge de cet ordinateur&#xa0;; si elle est juste, prévenez le fournisseur de services.</translation>
    </message>
    <message>
        <source>Within %1 s of this computer&apos;s clock.</source>
        <extracomment>%1 is the clock difference in seconds</extracomment>
        <translation>À moins de %1 s de l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Only matters if you connect %1; you chose %2.</source>
        <extracomment>%1 is the identity provider the check is about, %2 the one you chose, e.g. Okta</extracomment>
        <translation>Ne compte que si vous connectez %1&#xa0;; vous avez choisi %2.</translation>
    </message>
    <message>
        <source>No TLS session was established (see reachability).</source>
        <translation>Aucune session TLS n’a été établie (voir reachability).</translation>
    </message>
    <message>
        <source>The server offers only TLS versions this computer refuses (TLS 1.0 or 1.1).</source>
        <translation>Le serveur ne propose que des versions de TLS que cet ordinateur refuse (TLS 1.0 ou 1.1).</translation>
    </message>
    <message>
        <source>The server did not answer with TLS on this port.</source>
        <translation>Le serveur n’a pas répondu en TLS sur ce port.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has a %1-bit %2 key, too small to be trusted.</source>
        <extracomment>%1 is a number of bits, %2 RSA or EC</extracomment>
        <translation>Le certificat du serveur a une clé %2 de %1 bits, trop petite pour être fiable.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>The server and this computer share no cipher suite.</source>
        <translation>Le serveur et cet ordinateur n’ont aucune suite de chiffrement en commun.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <extracomment>%1 is a semicolon-separated list of TLS error messages</extracomment>
        <translation>La négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate was refused: %1.</source>
        <extracomment>%1 is a comma-separated list of TLS error names, e.g. CertificateExpired</extracomment>
        <translation>Le certificat a été refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Subject %1, issuer %2, expires %3.</source>
        <extracomment>%1 is the certificate&apos;s subject, %2 its issuer, %3 its expiry date (yyyy-MM-dd)</extracomment>
        <translation>Sujet %1, émetteur %2, expire le %3.</translation>
    </message>
    <message>
        <source>Entra ID requires TLS 1.2 and Okta refuses old versions too. The service provider must enable TLS 1.2 on the endpoint.</source>
        <translation>Entra ID exige TLS 1.2 et Okta refuse lui aussi les anciennes versions. Le fournisseur de services doit activer TLS 1.2 sur le point de terminaison.</translation>
    </message>
    <message>
        <source>The URL says https, but the server speaks plain http (or something else) on that port. Check the scheme and port in the endpoint URL.</source>
        <translation>L’URL indique https, mais le serveur parle http en clair (ou autre chose) sur ce port. Vérifiez le schéma et le port dans l’URL du point de terminaison.</translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more (or EC keys of 256 bits or more). The service provider must replace the certificate.</source>
        <translation>Entra ID n’accepte que les clés RSA de 2048 bits ou plus (ou les clés EC de 256 bits ou plus). Le fournisseur de services doit remplacer le certificat.</translation>
    </message>
    <message>
        <source>The connection is not safe to send the token over. Send this report to the service provider.</source>
        <translation>La connexion n’est pas assez sûre pour y envoyer le jeton. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Entra ID matches users and groups with filters; without working filters it creates duplicates or links the wrong accounts.</source>
        <translation>Entra ID retrouve les utilisateurs et les groupes avec des filtres&#xa0;; sans filtres fonctionnels, il crée des doublons ou lie les mauvais comptes.</translation>
    </message>
    <message>
        <source>A random userName and a random group name each gave 200 with an empty list, as Entra ID expects.</source>
        <translation>Un userName aléatoire et un nom de groupe aléatoire ont chacun donné 200 avec une liste vide, comme l’attend Entra ID.</translation>
    </message>
    <message>
        <source>The certificate does not come from an authority this computer trusts (%1). If your organisation inspects TLS or runs its own CA, give the console that CA&apos;s certificate as the profile&apos;s CA file. The console never turns certificate checks off.</source>
        <extracomment>%1 is the TLS error names, e.g. UnableToGetLocalIssuerCertificate</extracomment>
        <translation>Le certificat ne provient pas d’une autorité approuvée par cet ordinateur (%1). Si votre organisation inspecte le TLS ou gère sa propre AC, donnez à la console le certificat de cette AC comme fichier d’AC du profil. La console ne désactive jamais la vérification des certificats.</translation>
    </message>
    <message>
        <source>Ask the service provider for a new token, store it in the profile, and update your identity provider.</source>
        <translation>Demandez un nouveau jeton au fournisseur de services, enregistrez-le dans le profil et mettez à jour votre fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Add the group details you received to the profile (its group name or id).</source>
        <translation>Ajoutez au profil les informations de groupe que vous avez reçues (le nom ou l’id du groupe).</translation>
    </message>
    <message>
        <source>Entra ID does not offer Basic authentication (username and password) for provisioning.</source>
        <translation>Entra ID ne propose pas l’authentification Basic (nom d’utilisateur et mot de passe) pour le provisionnement.</translation>
    </message>
    <message>
        <source>Ask the service provider for a secret token or for OAuth client credentials, and store those in the profile instead.</source>
        <translation>Demandez plutôt au fournisseur de services un jeton secret ou des informations d’identification du client OAuth, et enregistrez-les dans le profil.</translation>
    </message>
    <message>
        <source>Entra ID always sends the token as “Bearer &lt;token&gt;”; it cannot send a bare header token.</source>
        <translation>Entra ID envoie toujours le jeton sous la forme «&#xa0;Bearer &lt;token&gt;&#xa0;»&#xa0;; il ne peut pas envoyer un jeton d’en-tête seul.</translation>
    </message>
    <message>
        <source>Verify with the bearer mode: if the service accepts “Bearer &lt;token&gt;”, Entra ID&apos;s Secret Token works.</source>
        <translation>Vérifiez avec le mode bearer&#xa0;: si le service accepte «&#xa0;Bearer &lt;token&gt;&#xa0;», le jeton secret d’Entra ID fonctionne.</translation>
    </message>
    <message>
        <source>Okta has no client credentials mode: its OAuth for SCIM is the authorization code grant only.</source>
        <translation>Okta n’a pas de mode informations d’identification du client&#xa0;: pour SCIM, son OAuth n’utilise que l’octroi de code d’autorisation.</translation>
    </message>
    <message>
        <source>Ask the service provider for a token Okta can send (its HTTP Header or OAuth Bearer Token modes) or for Basic credentials.</source>
        <translation>Demandez au fournisseur de services un jeton qu’Okta peut envoyer (ses modes HTTP Header ou OAuth Bearer Token) ou des informations d’identification Basic.</translation>
    </message>
    <message>
        <source>A bearer token: Entra ID&apos;s Secret Token, Okta&apos;s OAuth Bearer Token or HTTP Header mode.</source>
        <translation>Un jeton du porteur (bearer)&#xa0;: le jeton secret d’Entra ID, ou le mode OAuth Bearer Token ou HTTP Header d’Okta.</translation>
    </message>
    <message>
        <source>A header token without the word Bearer: Okta&apos;s HTTP Header mode.</source>
        <translation>Un jeton d’en-tête sans le mot Bearer&#xa0;: le mode HTTP Header d’Okta.</translation>
    </message>
    <message>
        <source>Basic authentication with username “%1”: Okta&apos;s Basic Auth mode.</source>
        <extracomment>%1 is the Basic authentication user name</extracomment>
        <translation>Authentification Basic avec le nom d’utilisateur «&#xa0;%1&#xa0;»&#xa0;: le mode Basic Auth d’Okta.</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials for client “%1”: Entra ID&apos;s OAuth2 client credentials grant.</source>
        <extracomment>%1 is the OAuth client id</extracomment>
        <translation>Informations d’identification du client OAuth 2.0 pour le client «&#xa0;%1&#xa0;»&#xa0;: l’octroi d’informations d’identification du client OAuth2 d’Entra ID.</translation>
    </message>
    <message>
        <source>Not judged: the token endpoint could not be reached safely.</source>
        <translation>Non évalué&#xa0;: le point de terminaison de jeton n’a pas pu être joint en toute sécurité.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s TLS failed. %1</source>
        <extracomment>%1 is a sentence on why the TLS connection failed; &quot;token endpoint&quot; is the OAuth server&apos;s URL</extracomment>
        <translation>Le TLS du point de terminaison de jeton a échoué. %1</translation>
    </message>
    <message>
        <source>The token endpoint %1: %2</source>
        <extracomment>%1 is the OAuth token endpoint URL, %2 what went wrong, e.g. &quot;could not be found (DNS)&quot;</extracomment>
        <translation>Le point de terminaison de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered over plain http on this computer.</source>
        <extracomment>%1 is the OAuth token endpoint URL</extracomment>
        <translation>%1 a répondu en http en clair sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 answered over TLS; certificate for %2 from %3, expires %4.</source>
        <extracomment>%1 is the token endpoint URL, %2 the certificate&apos;s subject, %3 its issuer, %4 its expiry date</extracomment>
        <translation>%1 a répondu en TLS&#xa0;; certificat pour %2 émis par %3, expire le %4.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s certificate expires in under 30 days; without it no access token, and provisioning stops.</source>
        <translation>Le certificat du point de terminaison de jeton expire dans moins de 30 jours&#xa0;; sans lui, plus de jeton d’accès, et le provisionnement s’arrête.</translation>
    </message>
    <message>
        <source>the client id and secret in an HTTP Basic header</source>
        <translation>l’ID client et le secret dans un en-tête HTTP Basic</translation>
    </message>
    <message>
        <source>the client id and secret as form fields</source>
        <translation>l’ID client et le secret comme champs de formulaire</translation>
    </message>
    <message>
        <source>An access token for client “%1”, obtained with %2.</source>
        <extracomment>%1 is the client id, %2 says how the client authenticated</extracomment>
        <translation>Un jeton d’accès pour le client «&#xa0;%1&#xa0;», obtenu avec %2.</translation>
    </message>
    <message>
        <source>The same credentials in an HTTP Basic header were refused.</source>
        <translation>Les mêmes informations d’identification dans un en-tête HTTP Basic ont été refusées.</translation>
    </message>
    <message>
        <source>RFC 6749 says every token endpoint must accept HTTP Basic, and how Entra ID sends the client credentials is not published. Ask the service provider to accept both.</source>
        <translation>La RFC 6749 impose à tout point de terminaison de jeton d’accepter HTTP Basic, et la façon dont Entra ID envoie les informations d’identification du client n’est pas publiée. Demandez au fournisseur de services d’accepter les deux.</translation>
    </message>
    <message>
        <source>The token endpoint issued an access token for a wrong client secret.</source>
        <translation>Le point de terminaison de jeton a délivré un jeton d’accès pour un secret client erroné.</translation>
    </message>
    <message>
        <source>Stop here: anyone who knows the client id gets in. The service provider must check the secret.</source>
        <translation>Arrêtez-vous ici&#xa0;: quiconque connaît l’ID client peut entrer. Le fournisseur de services doit vérifier le secret.</translation>
    </message>
    <message>
        <source>No clear refusal: %1</source>
        <extracomment>%1 is an explanation of the token endpoint&apos;s answer to a wrong client secret</extracomment>
        <translation>Pas de refus clair&#xa0;: %1</translation>
    </message>
    <message>
        <source>A wrong secret should get HTTP 401 with invalid_client (RFC 6749 §5.2).</source>
        <translation>Un secret erroné devrait recevoir HTTP 401 avec invalid_client (RFC 6749 §5.2).</translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and invalid_client, as it should be.</source>
        <extracomment>%1 is the HTTP status code from the OAuth token endpoint</extracomment>
        <translation>Refusé avec HTTP %1 et invalid_client, comme il se doit.</translation>
    </message>
    <message>
        <source>Refused with HTTP %1 and “%2”.</source>
        <extracomment>%1 is the HTTP status code, %2 the OAuth error code the token endpoint returned</extracomment>
        <translation>Refusé avec HTTP %1 et «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Refusing is right; RFC 6749 §5.2 names it invalid_client, which tells a wrong secret from other problems.</source>
        <translation>Le refus est correct&#xa0;; la RFC 6749 §5.2 le nomme invalid_client, ce qui distingue un secret erroné des autres problèmes.</translation>
    </message>
    <message>
        <source>No access token was issued (see oauth-grant).</source>
        <translation>Aucun jeton d’accès n’a été délivré (voir oauth-grant).</translation>
    </message>
    <message>
        <source>A JWT: expires %1, audience “%2”, issuer “%3”.</source>
        <extracomment>%1 the expiry, %2 the audience, %3 the issuer (each as the JWT says)</extracomment>
        <translation>Un JWT — expiration&#xa0;: %1, audience&#xa0;: «&#xa0;%2&#xa0;», émetteur&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Microsoft requires access tokens to live 60 minutes to 6 hours.</source>
        <translation>Microsoft exige que les jetons d’accès aient une durée de vie de 60 minutes à 6 heures.</translation>
    </message>
    <message>
        <source>The answer does not say how long the access token lives.</source>
        <translation>La réponse n’indique pas la durée de vie du jeton d’accès.</translation>
    </message>
    <message>
        <source>Without expires_in an IdP renews only when refused.</source>
        <translation>Sans expires_in, un IdP ne renouvelle le jeton que lorsqu’il est refusé.</translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n second(s).</source>
        <translation>
            <numerusform>Le jeton d’accès a une durée de vie de %n seconde.</numerusform>
            <numerusform>Le jeton d’accès a une durée de vie de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token lives %n minute(s).</source>
        <extracomment>%n is the lifetime of an OAuth access token in minutes</extracomment>
        <translation>
            <numerusform>Le jeton d’accès a une durée de vie de %n minute.</numerusform>
            <numerusform>Le jeton d’accès a une durée de vie de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console renews tokens as they expire; ask the service provider to change the lifetime before you connect Entra ID.</source>
        <translation>La console renouvelle les jetons à leur expiration&#xa0;; demandez au fournisseur de services de modifier la durée de vie avant de connecter Entra ID.</translation>
    </message>
    <message>
        <source>Access tokens are renewed from the client secret (see oauth-token-lifetime); when the client secret expires only the service provider knows.</source>
        <translation>Les jetons d’accès sont renouvelés à partir du secret client (voir oauth-token-lifetime)&#xa0;; seul le fournisseur de services sait quand le secret client expire.</translation>
    </message>
    <message>
        <source>Ask when the client secret expires (Microsoft&apos;s rule for gallery apps: one to three years) and note the date.</source>
        <translation>Demandez quand le secret client expire (règle de Microsoft pour les applications de la galerie&#xa0;: un à trois ans) et notez la date.</translation>
    </message>
    <message>
        <source>A password carries no expiry the console can read.</source>
        <translation>Un mot de passe ne porte aucune expiration lisible par la console.</translation>
    </message>
    <message>
        <source>Ask the service provider whether the password expires.</source>
        <translation>Demandez au fournisseur de services si le mot de passe expire.</translation>
    </message>
    <message>
        <source>The authentication mode suits the identity provider</source>
        <translation>Le mode d’authentification convient au fournisseur d’identité</translation>
    </message>
    <message>
        <source>The token endpoint answers over sound TLS</source>
        <translation>Le point de terminaison de jeton répond avec un TLS fiable</translation>
    </message>
    <message>
        <source>The client credentials grant works</source>
        <translation>L’octroi d’informations d’identification du client fonctionne</translation>
    </message>
    <message>
        <source>A wrong client secret is refused</source>
        <translation>Un secret client erroné est refusé</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Durée de vie du jeton d’accès</translation>
    </message>
    <message>
        <source>A wrong password is refused</source>
        <translation>Un mot de passe erroné est refusé</translation>
    </message>
    <message>
        <source>Not run: no access token could be obtained (see oauth-grant).</source>
        <translation>Non exécuté&#xa0;: aucun jeton d’accès n’a pu être obtenu (voir oauth-grant).</translation>
    </message>
    <message>
        <source>HTTP %1 with a wrong password: the endpoint does not check passwords — it is open to anyone who knows the username.</source>
        <extracomment>%1 is the HTTP status code, e.g. 200</extracomment>
        <translation>HTTP %1 avec un mot de passe erroné&#xa0;: le point de terminaison ne vérifie pas les mots de passe — il est ouvert à quiconque connaît le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Not judged: the right client secret was not accepted either (see oauth-grant).</source>
        <translation>Non évalué&#xa0;: le bon secret client n’a pas non plus été accepté (voir oauth-grant).</translation>
    </message>
    <message>
        <source>Valid certificate for %1 from %2, expires %3.</source>
        <extracomment>%1 is the certificate&apos;s subject (host name), %2 its issuer, %3 its expiry date</extracomment>
        <translation>Certificat valide pour %1 émis par %2, expire le %3.</translation>
    </message>
    <message>
        <source>TLS versions accepted</source>
        <translation>Versions de TLS acceptées</translation>
    </message>
    <message>
        <source>Entra ID&apos;s cipher suites</source>
        <translation>Suites de chiffrement d’Entra ID</translation>
    </message>
    <message>
        <source>Certificate key</source>
        <translation>Clé du certificat</translation>
    </message>
    <message>
        <source>Certificate root</source>
        <translation>Racine du certificat</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Expiration du certificat</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 requests per second sustained; median %2 ms, p95 %3 ms, p99 %4 ms over %5 read-only requests.</source>
        <extracomment>%1 requests per second, %2 %3 %4 milliseconds (median, 95th and 99th percentile), %5 requests</extracomment>
        <translation>%1 requêtes par seconde en continu&#xa0;; médiane %2 ms, p95 %3 ms, p99 %4 ms sur %5 requêtes en lecture seule.</translation>
    </message>
    <message>
        <source>%1 errors in a row under load, so the step stopped.</source>
        <extracomment>%1 is a number of errors in a row</extracomment>
        <translation>%1 erreurs consécutives sous charge&#xa0;: l’étape s’est donc arrêtée.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s cycles will meet the same failures, and Entra ID quarantines an app whose requests keep failing. Send this report to the service provider.</source>
        <translation>Les cycles du fournisseur d’identité rencontreront les mêmes échecs, et Entra ID met en quarantaine une application dont les requêtes échouent sans cesse. Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Every 429 carried Retry-After.</source>
        <translation>Chaque 429 comportait Retry-After.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the 429 answers came without Retry-After.</source>
        <translation>
            <numerusform>%n réponse 429 est arrivée sans Retry-After.</numerusform>
            <numerusform>%n réponses 429 sont arrivées sans Retry-After.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP 429 (too many requests) above %1 requests per second; Entra ID needs at least 25.</source>
        <extracomment>%1 is a rate in requests per second</extracomment>
        <translation>HTTP 429 (trop de requêtes) au-delà de %1 requêtes par seconde&#xa0;; Entra ID en exige au moins 25.</translation>
    </message>
    <message>
        <source>Okta waits as Retry-After asks. Entra ID does not slow down for custom apps and does not publish how it treats 429, so large cycles will keep meeting this limit.</source>
        <translation>Okta attend comme le demande Retry-After. Entra ID ne ralentit pas pour les applications personnalisées et ne publie pas la façon dont il traite les 429&#xa0;; les grands cycles continueront donc de se heurter à cette limite.</translation>
    </message>
    <message>
        <source>Without Retry-After neither identity provider knows how long to wait; Entra ID does not slow down for custom apps at all.</source>
        <translation>Sans Retry-After, aucun des deux fournisseurs d’identité ne sait combien de temps attendre&#xa0;; Entra ID ne ralentit pas du tout pour les applications personnalisées.</translation>
    </message>
    <message>
        <source>Ask the service provider to allow at least 25 requests per second for your tenant.</source>
        <translation>Demandez au fournisseur de services d’autoriser au moins 25 requêtes par seconde pour votre locataire.</translation>
    </message>
    <message>
        <source>The limit is above Entra ID&apos;s 25 requests per second, but a 429 without Retry-After leaves the identity provider guessing how long to wait.</source>
        <translation>La limite est supérieure aux 25 requêtes par seconde d’Entra ID, mais un 429 sans Retry-After laisse le fournisseur d’identité deviner combien de temps attendre.</translation>
    </message>
    <message>
        <source>Entra ID&apos;s gallery requirement is 25 requests per second; with answers this slow, every provisioning cycle takes longer.</source>
        <translation>L’exigence de la galerie d’Entra ID est de 25 requêtes par seconde&#xa0;; avec des réponses aussi lentes, chaque cycle de provisionnement prend plus de temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were not answered within the step&apos;s bounds.</source>
        <extracomment>%n is the number of requests left unanswered; &quot;step&quot; is this load check</extracomment>
        <translation>
            <numerusform>%n requête n’a pas reçu de réponse dans les limites de l’étape.</numerusform>
            <numerusform>%n requêtes n’ont pas reçu de réponse dans les limites de l’étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Okta gives up on a request after 60 seconds without an answer; an endpoint that stalls under load fails provisioning tasks.</source>
        <translation>Okta abandonne une requête après 60 secondes sans réponse&#xa0;; un point de terminaison qui se bloque sous charge fait échouer les tâches de provisionnement.</translation>
    </message>
    <message>
        <source>Entra ID needs 25 requests per second; the slowest answer took %1 ms, well within Okta&apos;s 60 seconds.</source>
        <extracomment>%1 is the slowest answer in milliseconds</extracomment>
        <translation>Entra ID exige 25 requêtes par seconde&#xa0;; la réponse la plus lente a pris %1 ms, bien en deçà des 60 secondes d’Okta.</translation>
    </message>
    <message>
        <source>Not run: the endpoint did not accept the token (see auth-accepts-token).</source>
        <translation>Non exécuté&#xa0;: le point de terminaison n’a pas accepté le jeton (voir auth-accepts-token).</translation>
    </message>
    <message>
        <source>Plain http on this computer: there is no TLS to check.</source>
        <translation>Connexion http en clair sur cet ordinateur&#xa0;: il n’y a pas de TLS à vérifier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Accepts %1.</source>
        <extracomment>%1 and %2 are lists of TLS versions, e.g. &quot;TLS 1.2, TLS 1.3&quot;</extracomment>
        <translation>Acceptées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accepts %1; refuses %2.</source>
        <extracomment>%1 and %2 are lists of TLS versions, e.g. &quot;TLS 1.2, TLS 1.3&quot;</extracomment>
        <translation>Acceptées&#xa0;: %1&#xa0;; refusées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be tried: this computer&apos;s TLS library no longer offers them.</source>
        <extracomment>%1 is a list of TLS versions</extracomment>
        <translation>Non essayées, la bibliothèque TLS de cet ordinateur ne les proposant plus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Neither TLS 1.2 nor TLS 1.3 works: no identity provider can connect. The service provider must enable TLS 1.2.</source>
        <translation>Ni TLS 1.2 ni TLS 1.3 ne fonctionnent&#xa0;: aucun fournisseur d’identité ne peut se connecter. Le fournisseur de services doit activer TLS 1.2.</translation>
    </message>
    <message>
        <source>Entra ID connects with TLS 1.2 only: an endpoint that offers only TLS 1.3 fails its Test Connection. The service provider must enable TLS 1.2 as well.</source>
        <translation>Entra ID se connecte uniquement en TLS 1.2&#xa0;: un point de terminaison qui ne propose que TLS 1.3 échoue au test «&#xa0;Tester la connexion&#xa0;». Le fournisseur de services doit aussi activer TLS 1.2.</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are deprecated (RFC 8996) and Entra ID never uses them; ask the service provider to turn them off.</source>
        <translation>TLS 1.0 et 1.1 sont obsolètes (RFC 8996) et Entra ID ne les utilise jamais&#xa0;; demandez au fournisseur de services de les désactiver.</translation>
    </message>
    <message>
        <source>Not judged: the server refuses TLS 1.2 (see tls-protocols).</source>
        <translation>Non évalué&#xa0;: le serveur refuse TLS 1.2 (voir tls-protocols).</translation>
    </message>
    <message>
        <source>Not tried, as this computer&apos;s TLS library does not offer them: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation>Non essayées, la bibliothèque TLS de cet ordinateur ne les proposant pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Negotiates none of the eight cipher suites Entra ID requires.</source>
        <translation>Ne négocie aucune des huit suites de chiffrement exigées par Entra ID.</translation>
    </message>
    <message>
        <source>Entra ID cannot connect to this endpoint. The service provider must enable ECDHE suites with AES-GCM (for example %1) for TLS 1.2.</source>
        <extracomment>%1 is the name of a cipher suite, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256</extracomment>
        <translation>Entra ID ne peut pas se connecter à ce point de terminaison. Le fournisseur de services doit activer des suites ECDHE avec AES-GCM (par exemple %1) pour TLS 1.2.</translation>
    </message>
    <message>
        <source>Negotiates only CBC suites of Entra ID&apos;s list: %1.</source>
        <extracomment>%1 is a list of cipher suite names</extracomment>
        <translation>Ne négocie que des suites CBC de la liste d’Entra ID&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Entra ID lists the AES-GCM suites first; CBC suites are the weaker fallback and many security baselines turn them off. Ask the service provider to enable ECDHE with AES-GCM.</source>
        <translation>Entra ID place les suites AES-GCM en tête de liste&#xa0;; les suites CBC sont le repli le plus faible et de nombreuses bases de référence de sécurité les désactivent. Demandez au fournisseur de services d’activer ECDHE avec AES-GCM.</translation>
    </message>
    <message>
        <source>Negotiates %1 of Entra ID&apos;s suites: %2.</source>
        <extracomment>%1 is a number of suites, %2 their names</extracomment>
        <translation>Négocie %1 des suites d’Entra ID&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No certificate was seen (see tls-protocols).</source>
        <translation>Aucun certificat n’a été vu (voir tls-protocols).</translation>
    </message>
    <message>
        <source>A %1-bit %2 key.</source>
        <extracomment>%1 is a number of bits, %2 RSA, EC, DSA or DH</extracomment>
        <translation>Une clé %2 de %1 bits.</translation>
    </message>
    <message>
        <source>Entra ID accepts only RSA keys of 2048 bits or more or EC keys of 256 bits or more, and current TLS libraries refuse smaller ones. The service provider must replace the certificate.</source>
        <translation>Entra ID n’accepte que les clés RSA de 2048 bits ou plus ou les clés EC de 256 bits ou plus, et les bibliothèques TLS actuelles refusent les clés plus petites. Le fournisseur de services doit remplacer le certificat.</translation>
    </message>
    <message>
        <source>The chain ends at %1.</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation>La chaîne se termine à %1.</translation>
    </message>
    <message>
        <source>an unnamed authority</source>
        <translation>une autorité sans nom</translation>
    </message>
    <message>
        <source>It is on Microsoft&apos;s list of roots.</source>
        <translation>Elle figure dans la liste des racines de Microsoft.</translation>
    </message>
    <message>
        <source>Okta publishes no list of roots.</source>
        <translation>Okta ne publie aucune liste de racines.</translation>
    </message>
    <message>
        <source>It is not on Microsoft&apos;s list of roots.</source>
        <translation>Elle ne figure pas dans la liste des racines de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s SCIM guidance names CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, GlobalSign, Go Daddy, VeriSign, WoSign and DST Root CA X3. If Entra ID&apos;s Test Connection fails with a certificate error, ask the service provider for a certificate from one of them.</source>
        <translation>Les recommandations SCIM de Microsoft citent CNNIC, Comodo, CyberTrust, DigiCert, GeoTrust, GlobalSign, Go Daddy, VeriSign, WoSign et DST Root CA X3. Si «&#xa0;Tester la connexion&#xa0;» d’Entra ID échoue avec une erreur de certificat, demandez au fournisseur de services un certificat émis par l’une de ces autorités.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Le certificat a expiré le %1.</translation>
    </message>
    <message>
        <source>No identity provider connects to an expired certificate. The service provider must renew it.</source>
        <translation>Aucun fournisseur d’identité ne se connecte à un point de terminaison dont le certificat a expiré. Le fournisseur de services doit le renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <extracomment>%1 is a date, %n the days until then</extracomment>
        <translation>
            <numerusform>Le certificat expire le %1, dans %n jour.</numerusform>
            <numerusform>Le certificat expire le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Under 30 days: when it expires, provisioning stops without warning. Remind the service provider to renew it.</source>
        <translation>Moins de 30 jours&#xa0;: à son expiration, le provisionnement s’arrête sans avertissement. Rappelez au fournisseur de services de le renouveler.</translation>
    </message>
    <message>
        <source>HTTP 404 for a group filter that matches no one.</source>
        <comment>service group</comment>
        <translation>HTTP 404 pour un filtre de groupe qui ne correspond à aucun groupe.</translation>
    </message>
    <message>
        <source>HTTP 404 for a user filter that matches no one.</source>
        <translation>HTTP 404 pour un filtre d’utilisateur qui ne correspond à personne.</translation>
    </message>
    <message>
        <source>A random group name (%1) matched %2: the filter is ignored.</source>
        <comment>service group</comment>
        <extracomment>%1 is the random group name searched for, %2 how many groups matched it</extracomment>
        <translation>Un nom de groupe aléatoire (%1) a donné %2 résultats&#xa0;: le filtre est ignoré.</translation>
    </message>
    <message>
        <source>A random user name (%1) matched %2: the filter is ignored.</source>
        <extracomment>%1 is the random userName searched for, %2 how many users matched it</extracomment>
        <translation>Un nom d’utilisateur aléatoire (%1) a donné %2 résultats&#xa0;: le filtre est ignoré.</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>median %1</source>
        <extracomment>%1 is &quot;21 ms&quot;; the median latency</extracomment>
        <translation>médiane %1</translation>
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
        <translation>toutes avec Retry-After</translation>
    </message>
    <message>
        <source>none with Retry-After</source>
        <translation>aucune avec Retry-After</translation>
    </message>
    <message>
        <source>%1 with Retry-After</source>
        <extracomment>%1 is how many of the 429 answers carried Retry-After</extracomment>
        <translation>%1 avec Retry-After</translation>
    </message>
    <message>
        <source>it ran to its limits</source>
        <translation>l’étape a atteint ses limites prévues</translation>
    </message>
    <message>
        <source>the service answered 429 (too many requests)</source>
        <translation>le service a répondu 429 (trop de requêtes)</translation>
    </message>
    <message>
        <source>errors in a row</source>
        <translation>erreurs consécutives</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>l’exécution a été annulée</translation>
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
        <translation>%1 requêtes par seconde en continu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <extracomment>%Ln is how many requests the step sent</extracomment>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
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
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
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
        <translation>%1 requêtes par seconde (jusqu’à %2 tentées)</translation>
    </message>
    <message>
        <source>%1 requests per second</source>
        <extracomment>%1 is the rate sustained per second</extracomment>
        <translation>%1 requêtes par seconde</translation>
    </message>
    <message>
        <source>Rate sustained</source>
        <translation>Débit soutenu</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Requêtes envoyées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is how many answers were HTTP 429, %2 how many had Retry-After (&quot;all with Retry-After&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HTTP 429 answers</source>
        <translation>Réponses HTTP 429</translation>
    </message>
    <message>
        <source>Errors (transport or 5xx)</source>
        <translation>Erreurs (transport ou 5xx)</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <extracomment>%1 is an HTTP status code, %2 how many answers had it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answers by status</source>
        <translation>Réponses par statut</translation>
    </message>
    <message>
        <source>Answers per second</source>
        <translation>Réponses par seconde</translation>
    </message>
    <message>
        <source>Sent per second</source>
        <translation>Envoyées par seconde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>bucket: count</comment>
        <extracomment>%1 is a latency bucket (&quot;≤ 25 ms&quot;), %2 how many answers fell in it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>Histogramme de latence</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Raison de l’arrêt</translation>
    </message>
</context>
<context>
    <name>reports::JUnit</name>
    <message>
        <source>warning: %1
%2</source>
        <extracomment>%1 is the step&apos;s result detail, %2 the hint on what to do</extracomment>
        <translation>avertissement&#xa0;: %1
%2</translation>
    </message>
</context>
<context>
    <name>reports::Report</name>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is a short error kind such as timeout, refused, dns or tls</extracomment>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>A report file ends in .html, .pdf, .json or .xml (JUnit), not “%1”.</source>
        <extracomment>%1 is the report file path given</extracomment>
        <translation>Un fichier de rapport se termine par .html, .pdf, .json ou .xml (JUnit), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d’identité</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>%L1 is how long the run took, in milliseconds</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>ID d’exécution</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Details and evidence</source>
        <translation>Détails et preuves</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical libraries; write .html and print it instead.</source>
        <translation>Un rapport PDF nécessite les bibliothèques graphiques&#xa0;; écrivez un fichier .html et imprimez-le plutôt.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <extracomment>%1 is the report file path, %2 the system&apos;s error message</extracomment>
        <translation>Impossible d’écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attribute mappings</source>
        <translation>Mappages d’attributs</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>Attribut SCIM</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What the service did</source>
        <translation>Ce qu’a fait le service</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <extracomment>%L1 is how long the request took, in milliseconds
----------
%L1 is how long the step took, in milliseconds</extracomment>
        <translation>%L1&#xa0;ms</translation>
    </message>
    <message>
        <source>attempt %L1</source>
        <extracomment>%L1 is the attempt&apos;s number (2 for the first retry)</extracomment>
        <translation>tentative %L1</translation>
    </message>
    <message>
        <source>Left behind</source>
        <extracomment>what the run&apos;s cleanup could not remove: a list of ids, or &quot;Nothing&quot;</extracomment>
        <translation>Éléments restants</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>request</name>
    <message>
        <source>The vendor file %1 cannot be read.</source>
        <extracomment>%1 is the vendor (service provider) description file&apos;s path</extracomment>
        <translation>Le fichier du fournisseur %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The vendor file %1 is not valid: %2.</source>
        <extracomment>%1 is the vendor (service provider) description file&apos;s path, %2 what is wrong with it</extracomment>
        <translation>Le fichier du fournisseur %1 n’est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“id” and “supportEmail” are required</source>
        <translation>«&#xa0;id&#xa0;» et «&#xa0;supportEmail&#xa0;» sont obligatoires</translation>
    </message>
</context>
<context>
    <name>request::SetupRequest</name>
    <message>
        <source>Enter the tenant subdomain: the first part of your tenant&apos;s web address.</source>
        <translation>Saisissez le sous-domaine du locataire&#xa0;: la première partie de l’adresse web de votre locataire.</translation>
    </message>
    <message>
        <source>Enter only the subdomain, not a whole web address: for https://acme.example.com that is “acme”.</source>
        <translation>Saisissez uniquement le sous-domaine, pas une adresse web complète&#xa0;: pour https://acme.example.com, c’est «&#xa0;acme&#xa0;».</translation>
    </message>
    <message>
        <source>Enter only the first part of the host name: for acme.example.com that is “acme”.</source>
        <translation>Saisissez uniquement la première partie du nom d’hôte&#xa0;: pour acme.example.com, c’est «&#xa0;acme&#xa0;».</translation>
    </message>
    <message>
        <source>A subdomain has at most 63 characters.</source>
        <translation>Un sous-domaine comporte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>A subdomain uses only letters a–z, digits and hyphens.</source>
        <translation>Un sous-domaine n’utilise que des lettres a–z, des chiffres et des traits d’union.</translation>
    </message>
    <message>
        <source>A subdomain cannot start or end with a hyphen.</source>
        <translation>Un sous-domaine ne peut ni commencer ni se terminer par un trait d’union.</translation>
    </message>
    <message>
        <source>Enter the named contact&apos;s email address.</source>
        <translation>Saisissez l’adresse e-mail du contact désigné.</translation>
    </message>
    <message>
        <source>An email address has no spaces.</source>
        <translation>Une adresse e-mail ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>An email address looks like name@example.com, with one “@”.</source>
        <translation>Une adresse e-mail ressemble à nom@example.com, avec un seul «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>Cette adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>The part before “@” cannot start or end with a dot, or have two dots in a row.</source>
        <translation>La partie avant «&#xa0;@&#xa0;» ne peut ni commencer ni se terminer par un point, ni contenir deux points consécutifs.</translation>
    </message>
    <message>
        <source>The part after “@” needs a dot, as in example.com.</source>
        <translation>La partie après «&#xa0;@&#xa0;» doit contenir un point, comme dans example.com.</translation>
    </message>
    <message>
        <source>The part after “@” (%1) is not a valid domain name.</source>
        <extracomment>%1 is the domain part of the email address entered</extracomment>
        <translation>La partie après «&#xa0;@&#xa0;» (%1) n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The identity provider is “entra” or “okta”, not “%1”.</source>
        <extracomment>%1 is the value entered; keep &quot;entra&quot; and &quot;okta&quot; as they are</extracomment>
        <translation>Le fournisseur d’identité est «&#xa0;entra&#xa0;» ou «&#xa0;okta&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <extracomment>%1 is a field name in the setup request&apos;s JSON, e.g. tenantName</extracomment>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a setup request (expected: %2).</source>
        <extracomment>%1 is the unknown JSON field name, %2 a comma-separated list of the known ones</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ d’une demande de configuration (attendus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4
</source>
        <extracomment>%1 is the support team, %2 its email, %3 the subject, %4 the mail body; keep To: and Subject:</extracomment>
        <translation>À&#xa0;: %1 &lt;%2&gt;
Objet&#xa0;: %3

%4
</translation>
    </message>
    <message>
        <source>This contains an invisible control character; retype it.</source>
        <translation>Ce champ contient un caractère de contrôle invisible&#xa0;; ressaisissez-le.</translation>
    </message>
    <message>
        <source>This is longer than 100 characters.</source>
        <translation>Ce champ dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>Enter your tenant&apos;s name.</source>
        <translation>Saisissez le nom de votre locataire.</translation>
    </message>
    <message>
        <source>Enter the name of the person who should receive the credentials.</source>
        <translation>Saisissez le nom de la personne qui doit recevoir les informations d’identification.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>“%1” is not a fault rule; use METHOD:PATH:N:ACTION, e.g. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang or GET:/Users:1:429=2.</source>
        <extracomment>%1 is the fault rule given on the command line; keep the examples as they are</extracomment>
        <translation>« %1 » n’est pas une règle de panne&#xa0;; utilisez METHOD:PATH:N:ACTION, p. ex. POST:/Users:1:500, GET:/Users:2:drop, *:/Groups:0:hang ou GET:/Users:1:429=2.</translation>
    </message>
    <message>
        <source>A string in the filter is not closed.</source>
        <translation>Une chaîne du filtre n’est pas fermée.</translation>
    </message>
    <message>
        <source>The filter string %1 has an invalid escape.</source>
        <extracomment>%1 is the quoted string from the SCIM filter</extracomment>
        <translation>La chaîne de filtre %1 contient un échappement invalide.</translation>
    </message>
    <message>
        <source>Unexpected character “%1” in the filter.</source>
        <extracomment>%1 is the unexpected character in the SCIM filter</extracomment>
        <translation>Caractère inattendu « %1 » dans le filtre.</translation>
    </message>
    <message>
        <source>Unexpected “%1” in the filter.</source>
        <extracomment>%1 is the unexpected word or symbol in the SCIM filter</extracomment>
        <translation>« %1 » inattendu dans le filtre.</translation>
    </message>
    <message>
        <source>Expected “%1” in the filter.</source>
        <extracomment>%1 is the expected symbol or word, e.g. ) or ]</extracomment>
        <translation>« %1 » attendu dans le filtre.</translation>
    </message>
    <message>
        <source>“%1” is not a filter value; strings need double quotes.</source>
        <extracomment>%1 is the word found where a filter value was expected</extracomment>
        <translation>« %1 » n’est pas une valeur de filtre&#xa0;; les chaînes exigent des guillemets doubles.</translation>
    </message>
    <message>
        <source>Expected an operator in the filter.</source>
        <translation>Un opérateur est attendu dans le filtre.</translation>
    </message>
    <message>
        <source>The operator “%1” is not supported here.</source>
        <extracomment>%1 is a SCIM filter operator, e.g. gt</extracomment>
        <translation>L’opérateur « %1 » n’est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>“%1” is not a filter operator.</source>
        <extracomment>%1 is the word found where a filter operator was expected</extracomment>
        <translation>« %1 » n’est pas un opérateur de filtre.</translation>
    </message>
    <message>
        <source>Expected an attribute name in the filter.</source>
        <translation>Un nom d’attribut est attendu dans le filtre.</translation>
    </message>
    <message>
        <source>“not” is not supported here.</source>
        <translation>« not » n’est pas pris en charge ici.</translation>
    </message>
    <message>
        <source>The filter is empty.</source>
        <translation>Le filtre est vide.</translation>
    </message>
    <message>
        <source>“active” must be a boolean (true or false), not %1.</source>
        <extracomment>%1 is the value sent in double quotes, or the untranslated word &quot;that&quot;</extracomment>
        <translation>« active » doit être un booléen (true ou false), pas %1.</translation>
    </message>
    <message>
        <source>“manager” is a complex attribute: send {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</source>
        <translation>« manager » est un attribut complexe&#xa0;: envoyez {&quot;value&quot;: &quot;&lt;id&gt;&quot;}.</translation>
    </message>
    <message>
        <source>The path “%1” has an unclosed “[”.</source>
        <extracomment>%1 is the PATCH operation&apos;s path, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Le chemin « %1 » contient un « [ » non fermé.</translation>
    </message>
    <message>
        <source>The path “%1” is malformed after “]”.</source>
        <extracomment>%1 is the PATCH operation&apos;s path, e.g. emails[type eq &quot;work&quot;].value</extracomment>
        <translation>Le chemin « %1 » est mal formé après « ] ».</translation>
    </message>
    <message>
        <source>“%1” belongs to the enterprise extension; prefix it with %2.</source>
        <extracomment>%1 is an attribute name, e.g. manager, %2 the enterprise extension&apos;s schema URN</extracomment>
        <translation>« %1 » appartient à l’extension entreprise&#xa0;; préfixez-le par %2.</translation>
    </message>
    <message>
        <source>The path names no attribute.</source>
        <translation>Le chemin ne désigne aucun attribut.</translation>
    </message>
    <message>
        <source>“%1” is not an attribute of this resource.</source>
        <extracomment>%1 is an attribute name</extracomment>
        <translation>« %1 » n’est pas un attribut de cette ressource.</translation>
    </message>
    <message>
        <source>The PatchOp schema is missing from “schemas”.</source>
        <translation>Le schéma PatchOp manque dans « schemas ».</translation>
    </message>
    <message>
        <source>“Operations” must be a non-empty array.</source>
        <translation>« Operations » doit être un tableau non vide.</translation>
    </message>
    <message>
        <source>“%1” is not a PATCH operation (add, replace or remove).</source>
        <extracomment>%1 is the operation name sent; keep add, replace and remove as they are</extracomment>
        <translation>« %1 » n’est pas une opération PATCH (add, replace ou remove).</translation>
    </message>
    <message>
        <source>A remove operation needs a path.</source>
        <translation>Une opération remove exige un chemin.</translation>
    </message>
    <message>
        <source>The %1 operation on “%2” has no value.</source>
        <extracomment>%1 is the PATCH operation (add or replace), %2 its path</extracomment>
        <translation>L’opération %1 sur « %2 » n’a pas de valeur.</translation>
    </message>
    <message>
        <source>Without a path, the value must be an object of attributes.</source>
        <translation>Sans chemin, la valeur doit être un objet d’attributs.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <extracomment>%1 is an attribute name</extracomment>
        <translation>« %1 » est en lecture seule.</translation>
    </message>
    <message>
        <source>A remove operation takes no value; select the members to remove with a filter, e.g. members[value eq &quot;id&quot;].</source>
        <translation>Une opération remove ne prend pas de valeur&#xa0;; choisissez les membres à retirer avec un filtre, p. ex. members[value eq &quot;id&quot;].</translation>
    </message>
    <message>
        <source>No value of “%1” matches [%2].</source>
        <extracomment>%1 is an attribute name, e.g. emails, %2 the filter in the path, e.g. type eq &quot;work&quot;</extracomment>
        <translation>Aucune valeur de « %1 » ne correspond à [%2].</translation>
    </message>
    <message>
        <source>%1 %2 not found.</source>
        <translation>%1 %2 introuvable.</translation>
    </message>
    <message>
        <source>“schemas” must include %1.</source>
        <extracomment>%1 is the SCIM core schema URN</extracomment>
        <translation>« schemas » doit contenir %1.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <extracomment>%1 is the attribute name, userName or displayName</extracomment>
        <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>%1 “%2” is already taken.</source>
        <extracomment>%1 is the attribute name, e.g. userName, %2 its value</extracomment>
        <translation>%1 « %2 » est déjà pris.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <source>Injected fault.</source>
        <translation>Panne injectée.</translation>
    </message>
    <message>
        <source>No bearer token was sent.</source>
        <translation>Aucun jeton porteur n’a été envoyé.</translation>
    </message>
    <message>
        <source>The bearer token is not valid.</source>
        <translation>Le jeton porteur n’est pas valide.</translation>
    </message>
    <message>
        <source>The SCIM service is under %1.</source>
        <extracomment>%1 is the SCIM base path, e.g. /scim/v2</extracomment>
        <translation>Le service SCIM se trouve sous %1.</translation>
    </message>
    <message>
        <source>That method is not allowed here.</source>
        <translation>Cette méthode n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>No such %1.</source>
        <translation>%1 inexistant.</translation>
    </message>
    <message>
        <source>There is no %1 endpoint.</source>
        <extracomment>%1 is the URL path requested</extracomment>
        <translation>Il n’y a pas de point de terminaison %1.</translation>
    </message>
    <message>
        <source>The body is not a JSON object: %1.</source>
        <extracomment>%1 is the JSON parser&apos;s error message</extracomment>
        <translation>Le corps n’est pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” must be an integer.</source>
        <extracomment>%1 is the query parameter, e.g. startIndex or count</extracomment>
        <translation>« %1 » doit être un entier.</translation>
    </message>
    <message>
        <source>No resource matches the filter.</source>
        <translation>Aucune ressource ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The filter has more than %1 terms.</source>
        <extracomment>%1 is the maximum number of terms in a filter</extracomment>
        <translation>Le filtre comporte plus de %1 termes.</translation>
    </message>
    <message>
        <source>The filter nests more than %1 levels deep.</source>
        <extracomment>%1 is the maximum nesting depth of a filter</extracomment>
        <translation>Le filtre est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>An attribute is not supported by this service.</source>
        <translation>Un attribut n’est pas pris en charge par ce service.</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos; is not supported by this service.</source>
        <translation>L’attribut «&#xa0;%1&#xa0;» n’est pas pris en charge par ce service.</translation>
    </message>
    <message>
        <source>No token was sent in the Authorization header.</source>
        <translation>Aucun jeton n’a été envoyé dans l’en-tête Authorization.</translation>
    </message>
    <message>
        <source>The Authorization header must hold the token alone, without “Bearer ”.</source>
        <translation>L’en-tête Authorization doit contenir le jeton seul, sans «&#xa0;Bearer&#xa0;».</translation>
    </message>
    <message>
        <source>The token in the Authorization header is not valid.</source>
        <translation>Le jeton de l’en-tête Authorization n’est pas valide.</translation>
    </message>
    <message>
        <source>No Basic credentials were sent.</source>
        <translation>Aucune information d’identification Basic n’a été envoyée.</translation>
    </message>
    <message>
        <source>The Authorization header does not hold Basic credentials, base64 of user:password.</source>
        <translation>L’en-tête Authorization ne contient pas d’informations d’identification Basic, soit le base64 de user:password.</translation>
    </message>
    <message>
        <source>The user name or password is not valid.</source>
        <translation>Le nom d’utilisateur ou le mot de passe n’est pas valide.</translation>
    </message>
    <message>
        <source>No access token was sent.</source>
        <translation>Aucun jeton d’accès n’a été envoyé.</translation>
    </message>
    <message>
        <source>The Authorization header does not hold a bearer access token.</source>
        <translation>L’en-tête Authorization ne contient pas de jeton d’accès du porteur (bearer).</translation>
    </message>
    <message>
        <source>The access token expired.</source>
        <translation>Le jeton d’accès a expiré.</translation>
    </message>
    <message>
        <source>The sandbox token is not an access token here; get one from the token endpoint.</source>
        <translation>Le jeton du bac à sable n’est pas un jeton d’accès ici&#xa0;; obtenez-en un auprès du point de terminaison de jeton.</translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation>Le jeton d’accès n’est pas valide.</translation>
    </message>
    <message>
        <source>There is no token endpoint in %1 mode.</source>
        <extracomment>%1 is the authentication mode, e.g. bearer; &quot;token endpoint&quot;: the OAuth token URL</extracomment>
        <translation>Il n’y a pas de point de terminaison de jeton en mode %1.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n request(s) per second: slow down.</source>
        <extracomment>%n is the sandbox&apos;s rate limit in requests per second</extracomment>
        <translation>
            <numerusform>Plus de %n requête par seconde&#xa0;: ralentissez.</numerusform>
            <numerusform>Plus de %n requêtes par seconde&#xa0;: ralentissez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the sandbox plug-in.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 n’est pas le plug-in du bac à sable.</translation>
    </message>
</context>
<context>
    <name>scim</name>
    <message>
        <source>The endpoint URL is empty.</source>
        <translation>L’URL du point de terminaison est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; it should look like https://example.com/scim/v2.</source>
        <extracomment>%1 is the endpoint URL as entered</extracomment>
        <translation>« %1 » n’est pas une URL complète&#xa0;; elle devrait ressembler à https://example.com/scim/v2.</translation>
    </message>
    <message>
        <source>The endpoint URL must start with https://.</source>
        <translation>L’URL du point de terminaison doit commencer par https://.</translation>
    </message>
    <message>
        <source>The endpoint URL uses plain http:// to %1; the token would travel unencrypted. Use https://.</source>
        <extracomment>%1 is the endpoint&apos;s host name; &quot;token&quot; is the SCIM bearer token or secret</extracomment>
        <translation>L’URL du point de terminaison utilise http:// en clair vers %1&#xa0;; le jeton circulerait sans chiffrement. Utilisez https://.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a user name or password before the host; remove it — the token is sent separately.</source>
        <translation>L’URL du point de terminaison contient un nom d’utilisateur ou un mot de passe avant l’hôte&#xa0;; supprimez-le — le jeton est envoyé séparément.</translation>
    </message>
    <message>
        <source>The endpoint URL contains a “#” fragment; remove it.</source>
        <translation>L’URL du point de terminaison contient un fragment « # »&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON integer (it is %2).</source>
        <extracomment>%1 is a JSON key such as totalResults, %2 the value found (a number or a quoted string)</extracomment>
        <translation>« %1 » n’est pas un entier JSON (c’est %2).</translation>
    </message>
    <message>
        <source>The ListResponse schema is missing from “schemas”.</source>
        <translation>Le schéma ListResponse manque dans « schemas ».</translation>
    </message>
    <message>
        <source>“totalResults” is missing.</source>
        <translation>« totalResults » est absent.</translation>
    </message>
    <message>
        <source>“startIndex” is %1; SCIM paging starts at 1.</source>
        <extracomment>%1 is the startIndex value the service returned</extracomment>
        <translation>« startIndex » vaut %1&#xa0;; la pagination SCIM commence à 1.</translation>
    </message>
    <message>
        <source>“Resources” is not an array.</source>
        <translation>« Resources » n’est pas un tableau.</translation>
    </message>
    <message>
        <source>“Resources” is missing although totalResults is %1.</source>
        <extracomment>%1 is the totalResults value the service returned</extracomment>
        <translation>« Resources » est absent alors que totalResults vaut %1.</translation>
    </message>
    <message>
        <source>“Resources” holds %1 entries but totalResults says %2.</source>
        <extracomment>%1 is the number of entries in Resources, %2 the totalResults value</extracomment>
        <translation>« Resources » contient %1 entrées mais totalResults indique %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>La réponse est du JSON mais pas un objet.</translation>
    </message>
    <message>
        <source>The answer has an empty body where a SCIM resource was expected.</source>
        <translation>La réponse a un corps vide là où une ressource SCIM était attendue.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not SCIM JSON — this URL is probably a web page or a login screen, not the SCIM API.</source>
        <translation>La réponse est une page HTML, pas du JSON SCIM — cette URL est probablement une page web ou un écran de connexion, pas l’API SCIM.</translation>
    </message>
    <message>
        <source>The answer is malformed JSON (%1).</source>
        <extracomment>%1 is the JSON error and where it is, e.g. &quot;unterminated string at byte 120&quot;</extracomment>
        <translation>La réponse est du JSON mal formé (%1).</translation>
    </message>
    <message>
        <source>The answer is plain text, not SCIM JSON: “%1”.</source>
        <extracomment>%1 is the start of the answer&apos;s text, at most 120 characters</extracomment>
        <translation>La réponse est du texte brut, pas du JSON SCIM&#xa0;: « %1 ».</translation>
    </message>
    <message>
        <source>No answer within the time limit (timeout).</source>
        <translation>Aucune réponse dans le délai imparti (timeout).</translation>
    </message>
    <message>
        <source>The proxy refused the connection.</source>
        <translation>Le proxy a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens on that host and port.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: rien n’écoute sur cet hôte et ce port.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be found.</source>
        <translation>Le nom d’hôte du proxy est introuvable.</translation>
    </message>
    <message>
        <source>The host name could not be found (DNS).</source>
        <translation>Le nom d’hôte est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <extracomment>%1 is the TLS error names or details, e.g. CertificateExpired</extracomment>
        <translation>La négociation TLS a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection closed before a complete answer arrived.</source>
        <translation>La connexion s’est fermée avant l’arrivée d’une réponse complète.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (%1) to %2; redirects are never followed with the token.</source>
        <extracomment>%1 is the HTTP status code, e.g. 302, %2 the URL it redirects to; &quot;token&quot; is the SCIM secret</extracomment>
        <translation>Le serveur a répondu par une redirection (%1) vers %2&#xa0;; les redirections ne sont jamais suivies avec le jeton.</translation>
    </message>
    <message>
        <source>The answer was larger than the size limit; it was cut off.</source>
        <translation>La réponse dépassait la taille maximale&#xa0;; elle a été tronquée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <extracomment>%1 is the CA certificate file&apos;s path</extracomment>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>pas de réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>The endpoint URL&apos;s path “%1” would be sent as “%2”: it has “.” or “..” segments, or short ones that start with a dot. Use the URL exactly as the service provider sent it.</source>
        <extracomment>%1 is the URL&apos;s path as entered, %2 the path it would be sent as</extracomment>
        <translation>Le chemin «&#xa0;%1&#xa0;» de l’URL du point de terminaison serait envoyé sous la forme «&#xa0;%2&#xa0;»&#xa0;: il contient des segments «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;», ou des segments courts commençant par un point. Utilisez l’URL exactement telle que le fournisseur de services l’a envoyée.</translation>
    </message>
    <message>
        <source>The endpoint URL carries a secret in its query (%1=…). The token is sent in the Authorization header, never in the URL: remove “?%1=…” and give the token separately.</source>
        <extracomment>%1 is a URL query key such as access_token</extracomment>
        <translation>L’URL du point de terminaison contient un secret dans sa chaîne de requête (%1=…). Le jeton est envoyé dans l’en-tête Authorization, jamais dans l’URL&#xa0;: supprimez «&#xa0;?%1=…&#xa0;» et indiquez le jeton séparément.</translation>
    </message>
    <message>
        <source>“%1” is %2, far beyond any count a SCIM service can have.</source>
        <extracomment>%1 is a JSON key such as totalResults, %2 its numeric value</extracomment>
        <translation>«&#xa0;%1&#xa0;» vaut %2, bien au-delà de tout nombre qu’un service SCIM peut avoir.</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>l’id est vide</translation>
    </message>
    <message>
        <source>the id “%1” is a path step, not a name</source>
        <extracomment>%1 is &quot;.&quot; or &quot;..&quot;</extracomment>
        <translation>l’id «&#xa0;%1&#xa0;» est un segment de chemin, pas un nom</translation>
    </message>
    <message>
        <source>the id contains an invisible control character</source>
        <translation>l’id contient un caractère de contrôle invisible</translation>
    </message>
    <message>
        <source>the id is %1 characters long</source>
        <extracomment>%1 is the number of characters in the id the service returned</extracomment>
        <translation>l’id fait %1 caractères</translation>
    </message>
    <message>
        <source>The answer&apos;s headers were larger than the limit (%1).</source>
        <extracomment>%1 describes the headers&apos; size, e.g. &quot;response headers of 70000 bytes; at most 65536 are read&quot;</extracomment>
        <translation>Les en-têtes de la réponse dépassaient la limite (%1).</translation>
    </message>
    <message>
        <source>The request was not sent: %1.</source>
        <extracomment>%1 is why the request was not sent, e.g. the URL would leave the endpoint</extracomment>
        <translation>La requête n’a pas été envoyée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>%n is a number of days, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>%n is a number of hours, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>%n is a number of minutes, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <extracomment>%n is a number of seconds, e.g. the time to wait before retrying</extracomment>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file: %1</source>
        <extracomment>%1 is why the CA certificate file cannot be read, e.g. &quot;/x.pem does not exist.&quot;</extracomment>
        <translation>Le fichier d’AC&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 would not stay at %2 once sent</source>
        <extracomment>%1 is the full request URL, %2 the endpoint URL and path it should stay within</extracomment>
        <translation>%1 ne resterait pas sous %2 une fois envoyée</translation>
    </message>
    <message>
        <source>response headers of %1 bytes; at most %2 are read</source>
        <translation>en-têtes de réponse de %1 octets&#xa0;; au plus %2 sont lus</translation>
    </message>
    <message>
        <source>more than 100 response headers or 64 KiB of them, or unreadable ones</source>
        <translation>plus de 100 en-têtes de réponse ou plus de 64 Kio d’en-têtes, ou des en-têtes illisibles</translation>
    </message>
    <message>
        <source>The URL ends in %1; identity providers add that themselves.</source>
        <extracomment>%1 is /Users or /Groups</extracomment>
        <translation>L’URL se termine par %1&#xa0;; les fournisseurs d’identité l’ajoutent eux-mêmes.</translation>
    </message>
    <message>
        <source>Remove %1 from the end: the base URL usually ends in /scim/v2.</source>
        <extracomment>%1 is the resource name the URL ends in, e.g. /Users</extracomment>
        <translation>Supprimez %1 à la fin&#xa0;: l’URL de base se termine généralement par /scim/v2.</translation>
    </message>
    <message>
        <source>The path “%1” does not mention scim.</source>
        <extracomment>%1 is the endpoint URL&apos;s path, e.g. /api/v1</extracomment>
        <translation>Le chemin «&#xa0;%1&#xa0;» ne mentionne pas scim.</translation>
    </message>
    <message>
        <source>The path usually ends in /scim/v2; check the URL against the message you received.</source>
        <translation>Le chemin se termine généralement par /scim/v2&#xa0;; comparez l’URL au message que vous avez reçu.</translation>
    </message>
    <message>
        <source>Basic authentication needs a username.</source>
        <translation>L’authentification Basic nécessite un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The username must not contain a colon: Basic authentication could not tell where it ends.</source>
        <translation>Le nom d’utilisateur ne doit pas contenir de deux-points&#xa0;: l’authentification Basic ne pourrait pas savoir où il se termine.</translation>
    </message>
    <message>
        <source>OAuth client credentials need a client id.</source>
        <translation>Les informations d’identification du client OAuth nécessitent un ID client.</translation>
    </message>
    <message>
        <source>OAuth client credentials need a token endpoint URL.</source>
        <translation>Les informations d’identification du client OAuth nécessitent une URL de point de terminaison de jeton.</translation>
    </message>
    <message>
        <source>The token endpoint URL cannot be used: %1</source>
        <extracomment>%1 says what is wrong with the URL</extracomment>
        <translation>L’URL du point de terminaison de jeton est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>It says: “%1”</source>
        <extracomment>%1 is the error_description text from the OAuth token endpoint</extracomment>
        <translation>Il indique&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The token endpoint did not accept the client id and secret (invalid_client).</source>
        <translation>Le point de terminaison de jeton n’a pas accepté l’ID client et le secret (invalid_client).</translation>
    </message>
    <message>
        <source>The client is known but may not use the client credentials grant (unauthorized_client).</source>
        <translation>Le client est connu mais n’a pas le droit d’utiliser l’octroi d’informations d’identification du client (unauthorized_client).</translation>
    </message>
    <message>
        <source>The token endpoint refused the scope asked for (invalid_scope).</source>
        <translation>Le point de terminaison de jeton a refusé l’étendue demandée (invalid_scope).</translation>
    </message>
    <message>
        <source>The token endpoint does not offer the client credentials grant (unsupported_grant_type).</source>
        <translation>Le point de terminaison de jeton ne propose pas l’octroi d’informations d’identification du client (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant).</source>
        <translation>Le point de terminaison de jeton a refusé l’octroi (invalid_grant).</translation>
    </message>
    <message>
        <source>The token endpoint found the request malformed (invalid_request).</source>
        <translation>Le point de terminaison de jeton a jugé la requête mal formée (invalid_request).</translation>
    </message>
    <message>
        <source>The token endpoint refused with “%1” (HTTP %2).</source>
        <extracomment>%1 is the error code the token endpoint sent, %2 the HTTP status</extracomment>
        <translation>Le point de terminaison de jeton a refusé avec «&#xa0;%1&#xa0;» (HTTP %2).</translation>
    </message>
    <message>
        <source>Copy the client id and client secret again, whole; a secret also stops working when it expires or is rotated. Ask the service provider for a new one if in doubt.</source>
        <translation>Copiez à nouveau l’ID client et le secret client, en entier&#xa0;; un secret cesse aussi de fonctionner lorsqu’il expire ou fait l’objet d’une rotation. En cas de doute, demandez-en un nouveau au fournisseur de services.</translation>
    </message>
    <message>
        <source>Ask the service provider to allow the client credentials grant for this client.</source>
        <translation>Demandez au fournisseur de services d’autoriser l’octroi d’informations d’identification du client pour ce client.</translation>
    </message>
    <message>
        <source>Leave the scope empty (Entra ID sends none) or use exactly the scope the service provider names.</source>
        <translation>Laissez l’étendue vide (Entra ID n’en envoie aucune) ou utilisez exactement l’étendue indiquée par le fournisseur de services.</translation>
    </message>
    <message>
        <source>This token endpoint cannot serve Entra ID&apos;s client credentials mode; ask the service provider for the right token endpoint URL.</source>
        <translation>Ce point de terminaison de jeton ne peut pas servir le mode informations d’identification du client d’Entra ID&#xa0;; demandez au fournisseur de services la bonne URL de point de terminaison de jeton.</translation>
    </message>
    <message>
        <source>Send this report to the service provider.</source>
        <translation>Envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Identity providers do not follow a token endpoint&apos;s redirect. If %1 is the real token endpoint, use that URL.</source>
        <extracomment>%1 is the URL the OAuth token endpoint redirects to</extracomment>
        <translation>Les fournisseurs d’identité ne suivent pas la redirection d’un point de terminaison de jeton. Si %1 est le véritable point de terminaison de jeton, utilisez cette URL.</translation>
    </message>
    <message>
        <source>The client secret is not sent over this connection. If your organisation runs its own CA, give the console its certificate as the profile&apos;s CA file; otherwise send this report to the service provider.</source>
        <translation>Le secret client n’est pas envoyé sur cette connexion. Si votre organisation gère sa propre AC, donnez son certificat à la console comme fichier d’AC du profil&#xa0;; sinon, envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>Check the token endpoint URL; if it is right, send this report to the service provider.</source>
        <translation>Vérifiez l’URL du point de terminaison de jeton&#xa0;; si elle est correcte, envoyez ce rapport au fournisseur de services.</translation>
    </message>
    <message>
        <source>The token endpoint redirects (HTTP %1) to %2.</source>
        <translation>Le point de terminaison de jeton redirige (HTTP %1) vers %2.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1 %2</source>
        <extracomment>%1 is a description of the network error, %2 its details</extracomment>
        <translation>Le point de terminaison de jeton n’a pas pu être joint&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint issued a “%1” token; identity providers send only bearer tokens.</source>
        <extracomment>%1 is the token_type the endpoint sent</extracomment>
        <translation>Le point de terminaison de jeton a délivré un jeton «&#xa0;%1&#xa0;»&#xa0;; les fournisseurs d’identité n’envoient que des jetons du porteur (bearer).</translation>
    </message>
    <message>
        <source>The token endpoint failed (HTTP %1).</source>
        <extracomment>%1 is the HTTP status code, 500 or above</extracomment>
        <translation>Le point de terminaison de jeton a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an OAuth error.</source>
        <extracomment>%1 is the HTTP status code</extracomment>
        <translation>Le point de terminaison de jeton a répondu HTTP %1 sans erreur OAuth.</translation>
    </message>
    <message>
        <source>Not sent: no access token could be obtained. %1</source>
        <extracomment>%1 says why the token endpoint gave no access token</extracomment>
        <translation>Non envoyé&#xa0;: aucun jeton d’accès n’a pu être obtenu. %1</translation>
    </message>
</context>
<context>
    <name>scim::OAuthClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>HTTP 200 from the token endpoint, but without an access_token.</source>
        <translation>HTTP 200 du point de terminaison de jeton, mais sans access_token.</translation>
    </message>
    <message>
        <source>The access token holds characters no HTTP header can carry, or is absurdly long.</source>
        <translation>Le jeton d’accès contient des caractères qu’aucun en-tête HTTP ne peut transporter, ou il est d’une longueur aberrante.</translation>
    </message>
    <message>
        <source>No access token could be obtained.</source>
        <translation>Aucun jeton d’accès n’a pu être obtenu.</translation>
    </message>
</context>
<context>
    <name>scim::Probe</name>
    <message>
        <source>The server chose another TLS version.</source>
        <translation>Le serveur a choisi une autre version de TLS.</translation>
    </message>
    <message>
        <source>No TLS handshake within the time allowed.</source>
        <translation>Aucune négociation TLS dans le délai imparti.</translation>
    </message>
</context>
</TS>
