<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AddEventDialog</name>
    <message>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>The reason or what was said, word for word</source>
        <translation>Le motif ou ce qui a été dit, mot pour mot</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Quand ({zone})</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motif ou remarque</translation>
    </message>
    <message>
        <source>Deadlines that follow from this event are added for you; you can edit their dates.</source>
        <translation>Les délais qui découlent de cet événement sont ajoutés pour vous ; vous pouvez modifier leurs dates.</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter l’événement</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>What was said (typed by you; printed in the dossier)</source>
        <translation>Ce qui a été dit (saisi par vous&#x202f;; imprimé dans le dossier)</translation>
    </message>
    <message>
        <source>e.g. 10:32 the agent admits the mug was cracked before shipping and promises a full refund</source>
        <translation>p. ex. 10 h 32&#x202f;: le conseiller reconnaît que la tasse était fêlée avant l&apos;envoi et promet un remboursement intégral</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Call with {who}</source>
        <translation>Appel avec {who}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Seller: {seller}</source>
        <translation>Vendeur : {seller}</translation>
    </message>
    <message>
        <source>No. {order}</source>
        <translation>N° {order}</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>pièces : {count}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
</context>
<context>
    <name>DeadlineAlerts</name>
    <message>
        <source>Deadline passed: {deadline} ({case})</source>
        <translation>Échéance dépassée : {deadline} ({case})</translation>
    </message>
    <message>
        <source>Deadline in {remaining}: {deadline} ({case})</source>
        <translation>Échéance dans {remaining} : {deadline} ({case})</translation>
    </message>
    <message>
        <source>Dispute deadline</source>
        <translation>Échéance du litige</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit the deadline</source>
        <translation>Modifier le délai</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Ajouter un délai</translation>
    </message>
    <message>
        <source>Done (no longer counts down)</source>
        <translation>Fait (le compte à rebours s’arrête)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Due ({zone})</source>
        <translation>Échéance ({zone})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Could not open it</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>No file manager or viewer could be started here. The path is copied to the clipboard:</source>
        <translation>Aucun gestionnaire de fichiers ni visionneuse n’a pu être lancé ici. Le chemin est copié dans le presse-papiers :</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. the crack was there when the parcel was opened</source>
        <translation>ex. la fissure était là à l’ouverture du colis</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>Ce que cela prouve</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>Texte lu</translation>
    </message>
    <message>
        <source>Hide from dossier</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Original name: {name}</source>
        <translation>Nom d’origine : {name}</translation>
    </message>
    <message>
        <source>Captured: {when} ({how})</source>
        <translation>Prise le : {when} ({how})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Added: {when} · {source}</source>
        <translation>Ajoutée le : {when} · {source}</translation>
    </message>
    <message>
        <source>Size: {size} · {mime}</source>
        <translation>Taille : {size} · {mime}</translation>
    </message>
    <message>
        <source>Dimensions: {w} × {h}</source>
        <translation>Dimensions : {w} × {h}</translation>
    </message>
    <message>
        <source>Duration: {seconds} s</source>
        <translation>Durée : {seconds} s</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Appareil : {camera}</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>Lieu : {lat}, {lon}</translation>
    </message>
    <message>
        <source>Warnings: {flags}</source>
        <translation>Avertissements : {flags}</translation>
    </message>
    <message>
        <source>Select an item to see it here</source>
        <translation>Sélectionnez une pièce pour l’afficher ici</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>No preview for this kind of file ({kind})</source>
        <translation>Pas d’aperçu pour ce type de fichier ({kind})</translation>
    </message>
    <message>
        <source>Text read (OCR)</source>
        <translation>Texte lu (OCR)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hide this item?</source>
        <translation>Masquer cette pièce ?</translation>
    </message>
    <message>
        <source>The item stays in the store and in the journal, but it is left out of the list and of dossiers.</source>
        <translation>La pièce reste conservée et inscrite au journal, mais elle n’apparaît plus dans la liste ni dans les dossiers.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Keep the proof for your refund dispute</source>
        <translation>Gardez les preuves de votre litige</translation>
    </message>
    <message>
        <source>One case per disputed order. Three steps:</source>
        <translation>Un dossier par commande litigieuse. Trois étapes :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Filmer</translation>
    </message>
    <message>
        <source>Film the unboxing in one continuous take: the clock and order number are burned into the video.</source>
        <translation>Filmez le déballage en une seule prise continue : l’heure et le numéro de commande sont incrustés dans la vidéo.</translation>
    </message>
    <message>
        <source>Add photos and chats</source>
        <translation>Ajouter photos et conversations</translation>
    </message>
    <message>
        <source>Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.</source>
        <translation>Déposez vos photos, collez vos captures de conversation avec Ctrl+V. Chaque fichier est haché dès son ajout.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.</source>
        <translation>Obtenez un dossier (PDF et archive vérifiable) adapté à la plateforme, au 12315 ou à une mise en demeure.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a demo case</source>
        <translation>Ouvrir un dossier d’exemple</translation>
    </message>
    <message>
        <source>Creating the demo case: filming a short synthetic unboxing, a few seconds…</source>
        <translation>Création du dossier d’exemple : tournage d’un court déballage simulé, quelques secondes…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be found: {key}.</source>
        <translation>Introuvable : {key}.</translation>
    </message>
    <message>
        <source>“{key}” matches several entries. Please be more specific.</source>
        <translation>« {key} » correspond à plusieurs éléments. Soyez plus précis.</translation>
    </message>
    <message>
        <source>The value entered for “{field}” is not valid.</source>
        <translation>La valeur saisie pour « {field} » n’est pas valide.</translation>
    </message>
    <message>
        <source>The file or folder no longer exists: {path}</source>
        <translation>Le fichier ou dossier n’existe plus : {path}</translation>
    </message>
    <message>
        <source>This file could not be read: {path}</source>
        <translation>Impossible de lire ce fichier : {path}</translation>
    </message>
    <message>
        <source>This is not an ordinary file and was skipped: {path}</source>
        <translation>Ce n’est pas un fichier ordinaire, il a été ignoré : {path}</translation>
    </message>
    <message>
        <source>This folder links back to itself and was skipped: {path}</source>
        <translation>Ce dossier pointe vers lui-même, il a été ignoré : {path}</translation>
    </message>
    <message>
        <source>This type of file is not supported: {path}</source>
        <translation>Ce type de fichier n’est pas pris en charge : {path}</translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {path}. Free some space and try again.</source>
        <translation>Pas assez d’espace disque pour enregistrer {path}. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Your evidence was saved by a newer version of the app. Please update the app to open it.</source>
        <translation>Vos preuves ont été enregistrées par une version plus récente de l’application. Mettez l’application à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>The evidence database is damaged. Your original files are untouched; see the details and contact support.</source>
        <translation>La base de preuves est endommagée. Vos fichiers originaux sont intacts ; consultez les détails et contactez l’assistance.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The file was stored, but its details (date, camera) could not be read: {path}</source>
        <translation>Le fichier a été enregistré, mais ses informations (date, appareil) sont illisibles : {path}</translation>
    </message>
    <message>
        <source>Reading the details of {path} took too long; the file was stored without them.</source>
        <translation>La lecture des informations de {path} a pris trop de temps ; le fichier a été enregistré sans elles.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>Un problème est survenu ({code}).</translation>
    </message>
    <message>
        <source>Something went wrong. The details say what happened.</source>
        <translation>Un problème est survenu. Les détails indiquent ce qui s’est passé.</translation>
    </message>
    <message>
        <source>The evidence database is in use by another program (a backup or sync tool?). Close it and try again; nothing was lost.</source>
        <translation>La base de preuves est utilisée par un autre programme (sauvegarde ou synchronisation ?). Fermez-le et réessayez ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The stored copy of {path} is damaged and could not be repaired. Run “Verify now” and keep the original file.</source>
        <translation>La copie enregistrée de {path} est endommagée et n’a pas pu être réparée. Lancez « Vérifier maintenant » et conservez le fichier d’origine.</translation>
    </message>
    <message>
        <source>This needs a date or a number of days that only you can read on the platform; see the note beside it.</source>
        <translation>Il faut ici une date ou un nombre de jours que vous seul pouvez lire sur la plateforme ; voyez la note à côté.</translation>
    </message>
    <message>
        <source>{path} could not be written into the evidence store. Check the disk and try again.</source>
        <translation>{path} n’a pas pu être enregistré dans le coffre de preuves. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>An upload from the phone is over the size limit ({limit} bytes) and was not kept.</source>
        <translation>Un envoi du téléphone dépasse la taille maximale ({limit} octets) et n’a pas été conservé.</translation>
    </message>
    <message>
        <source>The upload of {path} stopped before the end; nothing of it was kept. Send it again.</source>
        <translation>L’envoi de {path} s’est interrompu avant la fin ; rien n’en a été conservé. Envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>The phone sent something that is not a plain file upload, so it was refused.</source>
        <translation>Le téléphone a envoyé autre chose qu’un simple fichier : l’envoi a été refusé.</translation>
    </message>
    <message>
        <source>The app could not start receiving on {host} port {port}. Check that you are connected to a network, or choose another address.</source>
        <translation>Impossible de recevoir sur {host} port {port}. Vérifiez que vous êtes connecté à un réseau, ou choisissez une autre adresse.</translation>
    </message>
    <message>
        <source>The camera {source} could not be opened. Close other apps that use it, or choose another source.</source>
        <translation>La caméra {source} n’a pas pu être ouverte. Fermez les autres applications qui l’utilisent, ou choisissez une autre source.</translation>
    </message>
    <message>
        <source>This is not a video source the app can record from: {source}</source>
        <translation>Ce n’est pas une source vidéo que l’application peut filmer : {source}</translation>
    </message>
    <message>
        <source>The screen cannot be recorded on this system ({system}). On Linux, log in with an X11 (Xorg) session; under Wayland, film the screen with your phone instead.</source>
        <translation>L&apos;écran ne peut pas être enregistré sur ce système ({system}). Sous Linux, ouvrez une session X11 (Xorg) ; sous Wayland, filmez l&apos;écran avec votre téléphone.</translation>
    </message>
    <message>
        <source>This address was not opened: {url}. Only public http(s) web pages are captured; a local or private address needs your confirmation.</source>
        <translation>Cette adresse n&apos;a pas été ouverte : {url}. Seules les pages web publiques http(s) sont capturées ; une adresse locale ou privée demande votre confirmation.</translation>
    </message>
    <message>
        <source>The page {url} could not be captured. Check the address and your connection, then try again.</source>
        <translation>La page {url} n&apos;a pas pu être capturée. Vérifiez l&apos;adresse et votre connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>{url} only shows its content after you log in, which the capture cannot do. Record the screen while you show the page, or add a screenshot from the app. Never enter your platform password here.</source>
        <translation>{url} n&apos;affiche son contenu qu&apos;après connexion, ce que la capture ne peut pas faire. Enregistrez l&apos;écran en montrant la page, ou ajoutez une capture d&apos;écran de l&apos;application. Ne saisissez jamais ici le mot de passe de la plateforme.</translation>
    </message>
    <message>
        <source>The recording stopped unexpectedly. What was filmed until then is kept.</source>
        <translation>L’enregistrement s’est arrêté de façon inattendue. Ce qui a été filmé jusque-là est conservé.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be used: {path}</source>
        <translation>La clé de signature de cette installation est inutilisable : {path}</translation>
    </message>
    <message>
        <source>No trusted timestamp could be obtained from {url}. The export is kept and can be timestamped later.</source>
        <translation>Aucun horodatage de confiance n’a pu être obtenu de {url}. L’export est conservé et pourra être horodaté plus tard.</translation>
    </message>
    <message>
        <source>This bundle cannot be read (not a dossier bundle, or damaged): {path}</source>
        <translation>Ce paquet est illisible (ce n’est pas un paquet de dossier, ou il est endommagé) : {path}</translation>
    </message>
    <message>
        <source>This bundle was refused: one of its files would unpack to far more than a dossier bundle holds (a “zip bomb”, or a damaged file). Nothing was unpacked: {path}</source>
        <translation>Cette archive a été refusée : l&apos;un de ses fichiers se décompresserait en bien plus que ce que contient une archive de dossier (une « bombe zip », ou un fichier abîmé). Rien n&apos;a été décompressé : {path}</translation>
    </message>
    <message>
        <source>The dossier PDF could not be signed. It was written without a signature.</source>
        <translation>Le PDF du dossier n’a pas pu être signé. Il a été écrit sans signature.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes). It was stored as it is, but there is nothing to show.</source>
        <translation>{path} est vide (0 octet). Il est conservé tel quel, mais il n’y a rien à afficher.</translation>
    </message>
    <message>
        <source>The content of {path} is not a photo, video or document the app can read. It was stored unchanged.</source>
        <translation>Le contenu de {path} n’est pas une photo, une vidéo ou un document lisible par l’application. Il est conservé sans modification.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete. The original bytes were stored unchanged.</source>
        <translation>{path} est endommagé ou incomplet. Les octets d’origine sont conservés sans modification.</translation>
    </message>
    <message>
        <source>{path} is too large a picture to open safely. It was stored, but no preview is made.</source>
        <translation>{path} est une image trop grande pour être ouverte sans risque. Elle est conservée, sans aperçu.</translation>
    </message>
    <message>
        <source>The metadata of {path} is damaged: its capture time and camera cannot be trusted.</source>
        <translation>Les métadonnées de {path} sont endommagées : la date de prise de vue et l’appareil ne sont pas fiables.</translation>
    </message>
    <message>
        <source>{path} is a password-protected PDF. It was stored unchanged, but its content cannot be read.</source>
        <translation>{path} est un PDF protégé par mot de passe. Il est conservé sans modification, mais son contenu est illisible.</translation>
    </message>
    <message>
        <source>A copy without personal metadata cannot be made for {path}.</source>
        <translation>Impossible de faire une copie sans métadonnées personnelles de {path}.</translation>
    </message>
    <message>
        <source>The stored original {path} has changed since it was added, so the export was stopped. Run “Verify now” in the Journal tab.</source>
        <translation>L’original conservé {path} a changé depuis son ajout : l’export a été arrêté. Lancez « Vérifier maintenant » dans l’onglet Journal.</translation>
    </message>
    <message>
        <source>The upload limits of this channel are not known: {channel}</source>
        <translation>Les limites d’envoi de ce canal ne sont pas connues : {channel}</translation>
    </message>
    <message>
        <source>The dossier could not be written to {path}. Check the folder and the free space.</source>
        <translation>Le dossier n’a pas pu être écrit dans {path}. Vérifiez le dossier et l’espace libre.</translation>
    </message>
    <message>
        <source>Text recognition is not installed, so chat screenshots cannot be read.</source>
        <translation>La reconnaissance de texte n’est pas installée : les captures de discussion ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The text of {path} could not be read.</source>
        <translation>Le texte de {path} n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Opération inachevée</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this.</source>
        <translation>Une erreur inattendue s’est produite. Vos preuves sont en sécurité : rien de ce qui est enregistré n’est modifié.</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(pas de fichier journal)</translation>
    </message>
    <message>
        <source>Please send the log file with a short description of what you did: {path}</source>
        <translation>Envoyez-nous le fichier journal avec une brève description de ce que vous faisiez : {path}</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Paste screenshot or chat</source>
        <translation>Coller une capture ou une discussion</translation>
    </message>
    <message>
        <source>Receive from phone…</source>
        <translation>Recevoir du téléphone…</translation>
    </message>
    <message>
        <source>Capture a web page…</source>
        <translation>Capturer une page web…</translation>
    </message>
    <message>
        <source>Find text in chats and screenshots…</source>
        <translation>Rechercher dans les textes…</translation>
    </message>
    <message>
        <source>Exhibit order</source>
        <translation>Ordre des pièces</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Date de prise de vue</translation>
    </message>
    <message>
        <source>Grouped by kind</source>
        <translation>Groupées par type</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>Voir en taille réelle</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Set what it proves…</source>
        <translation>Indiquer ce qu’elle prouve…</translation>
    </message>
    <message>
        <source>Move to the start of the list</source>
        <translation>Placer en tête de liste</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>Placer en fin de liste</translation>
    </message>
    <message>
        <source>What it shows (for the playbook)</source>
        <translation>Ce qu’elle montre (pour le guide)</translation>
    </message>
    <message numerus="yes">
        <source>Hide from dossier (%n item(s))</source>
        <translation>
            <numerusform>Retirer du dossier (%n pièce)</numerusform>
            <numerusform>Retirer du dossier (%n pièces)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide these items?</source>
        <translation>Retirer ces pièces ?</translation>
    </message>
    <message>
        <source>The items stay in the store and in the journal, but they are left out of the list and of dossiers.</source>
        <translation>Les pièces restent dans le coffre et dans le journal, mais n’apparaissent plus dans la liste ni dans les dossiers.</translation>
    </message>
    <message>
        <source>{count} item(s) contain “{text}”.</source>
        <translation>{count} élément(s) contiennent « {text} ».</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.</source>
        <translation>Déposez ici des fichiers ou dossiers, ou Ctrl+V pour coller une capture. Glissez pour réordonner les pièces.</translation>
    </message>
    <message>
        <source>Capture a web page</source>
        <translation>Capturer une page web</translation>
    </message>
    <message>
        <source>Address of the page (the listing, the shop page). A fresh browser without your login opens it: pages that need your login cannot be captured this way, and the app never asks for your password.</source>
        <translation>Adresse de la page (la fiche produit, la boutique). Un navigateur neuf, sans votre connexion, l&apos;ouvre : les pages qui exigent votre connexion ne peuvent pas être capturées ainsi, et l&apos;application ne demande jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>{url} is on this computer or a private network, not a public web site. Capture it anyway?</source>
        <translation>{url} se trouve sur cet ordinateur ou un réseau privé, pas sur un site public. La capturer quand même ?</translation>
    </message>
    <message>
        <source>Record the screen instead</source>
        <translation>Enregistrer l&apos;écran à la place</translation>
    </message>
    <message>
        <source>Captured {url} (HTTP {status}): screenshot, page archive, text and record added.</source>
        <translation>{url} capturée (HTTP {status}) : capture d&apos;écran, archive de la page, texte et relevé ajoutés.</translation>
    </message>
    <message>
        <source>Capturing the web page…</source>
        <translation>Capture de la page web…</translation>
    </message>
    <message>
        <source>Photos and videos ({patterns})</source>
        <translation>Photos et vidéos ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Ajout des preuves…</translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or text to paste.</source>
        <translation>Le presse-papiers ne contient ni image, ni fichier, ni texte à coller.</translation>
    </message>
    <message>
        <source>The copied text was added as a chat text item.</source>
        <translation>Le texte copié a été ajouté comme pièce « texte de discussion ».</translation>
    </message>
    <message>
        <source>Adding the copied chat text…</source>
        <translation>Ajout du texte de discussion copié…</translation>
    </message>
    <message>
        <source>Pasting screenshot…</source>
        <translation>Collage de la capture…</translation>
    </message>
    <message>
        <source>{added} added, {dups} already in the case, {errors} could not be added.</source>
        <translation>{added} ajoutée(s), {dups} déjà dans le dossier, {errors} non ajoutée(s).</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Certains fichiers n’ont pas été ajoutés</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Platform intervention (申请平台介入 / dispute)</source>
        <translation>Intervention de la plateforme (litige)</translation>
    </message>
    <message>
        <source>12315 consumer complaint (投诉书)</source>
        <translation>Plainte 12315 (投诉书)</translation>
    </message>
    <message>
        <source>Formal notice / SignalConso (mise en demeure)</source>
        <translation>Mise en demeure / SignalConso</translation>
    </message>
    <message>
        <source>Card chargeback (bank statement)</source>
        <translation>Rétrofacturation bancaire (déclaration à la banque)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Where you escalate</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Print the photos&apos; GPS coordinates in the PDF</source>
        <translation>Imprimer les coordonnées GPS des photos dans le PDF</translation>
    </message>
    <message>
        <source>Off: the PDF only says that a location is recorded in the original.</source>
        <translation>Décoché : le PDF indique seulement qu&apos;une position est enregistrée dans l&apos;original.</translation>
    </message>
    <message>
        <source>Evidence list (exhibit order; change it by dragging in the Evidence tab):</source>
        <translation>Liste des pièces (dans l’ordre ; modifiable en glissant dans l’onglet Preuves) :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>Ce que cela prouve</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Ticked exhibits go into upload/, most important first (defect, refusal, logistics, unboxing).</source>
        <translation>Les pièces cochées vont dans upload/, les plus importantes d&apos;abord (défaut, refus, livraison, déballage).</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>votre numéro de téléphone</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>votre adresse</translation>
    </message>
    <message>
        <source>your email</source>
        <translation>votre adresse e-mail</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>votre numéro de pièce d’identité</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>le nom du vendeur</translation>
    </message>
    <message>
        <source>the seller&apos;s address</source>
        <translation>l’adresse du vendeur</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>le montant payé</translation>
    </message>
    <message>
        <source>the order date</source>
        <translation>la date de commande</translation>
    </message>
    <message>
        <source>the seller&apos;s credit code</source>
        <translation>le code de crédit social du vendeur</translation>
    </message>
    <message>
        <source>the store ID</source>
        <translation>l’identifiant de la boutique</translation>
    </message>
    <message>
        <source>the waybill number</source>
        <translation>le numéro de suivi</translation>
    </message>
    <message>
        <source>the delivery date</source>
        <translation>la date de livraison</translation>
    </message>
    <message>
        <source>Save the dossier into</source>
        <translation>Enregistrer le dossier dans</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was left half-written.</source>
        <translation>Export annulé : aucun fichier incomplet n’a été laissé.</translation>
    </message>
    <message>
        <source>Dossier written to {folder}</source>
        <translation>Dossier écrit dans {folder}</translation>
    </message>
    <message>
        <source>PDF: {name} ({pages} pages)</source>
        <translation>PDF : {name} ({pages} pages)</translation>
    </message>
    <message>
        <source>Verifiable bundle: {name}</source>
        <translation>Archive vérifiable : {name}</translation>
    </message>
    <message>
        <source>Upload set for {channel}: {count} files in upload/, with form.txt to paste into the form</source>
        <translation>Fichiers à téléverser pour {channel} : {count} fichiers dans upload/, avec form.txt à coller dans le formulaire</translation>
    </message>
    <message>
        <source>Your details are in Settings › Your details; the case&apos;s in Overview.</source>
        <translation>Vos coordonnées se remplissent dans Paramètres › Vos coordonnées ; celles du dossier dans Résumé.</translation>
    </message>
    <message>
        <source>Still missing: {fields}</source>
        <translation>Il manque encore : {fields}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>No photo or screenshot to show.</source>
        <translation>Aucune photo ni capture à afficher.</translation>
    </message>
    <message>
        <source>This picture could not be shown: {error}</source>
        <translation>Impossible d’afficher cette image : {error}</translation>
    </message>
    <message>
        <source>{n} / {total} · {name} · {w} × {h} · ←/→ previous/next, wheel zoom, 0 fit, Esc close</source>
        <translation>{n} / {total} · {name} · {w} × {h} · ←/→ précédente/suivante, molette zoom, 0 ajuster, Échap fermer</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Heure ({zone})</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l’entrée</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Statut : {old} → {new}</translation>
    </message>
    <message>
        <source>{name}: {change}</source>
        <translation>{name} : {change}</translation>
    </message>
    <message>
        <source>{name} left out of the list and of dossiers</source>
        <translation>{name} retiré de la liste et des dossiers</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event} ({when})</translation>
    </message>
    <message>
        <source>Deadline marked done</source>
        <translation>Délai marqué comme fait</translation>
    </message>
    <message>
        <source>Deadline reopened</source>
        <translation>Délai rouvert</translation>
    </message>
    <message>
        <source>Deadline moved to {when}</source>
        <translation>Délai reporté au {when}</translation>
    </message>
    <message>
        <source>{name} ({source}), SHA-256 {sha}…</source>
        <translation>{name} ({source}), SHA-256 {sha}…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, order {order}</source>
        <translation>{title}, commande {order}</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>Modifié : {fields}</translation>
    </message>
    <message>
        <source>all {count} files intact</source>
        <translation>les {count} fichiers sont intacts</translation>
    </message>
    <message>
        <source>{count} exhibits</source>
        <translation>{count} pièces</translation>
    </message>
    <message>
        <source>{label} at {offset} s</source>
        <translation>{label} à {offset} s</translation>
    </message>
    <message>
        <source>{width} × {height}, {fps} fps, source {source}</source>
        <translation>{width} × {height}, {fps} i/s, source {source}</translation>
    </message>
    <message>
        <source>{duration} s, {frames} frames ({dropped} dropped), SHA-256 {sha}…</source>
        <translation>{duration} s, {frames} images ({dropped} perdues), SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>{elapsed} s written, SHA-256 so far {sha}…</source>
        <translation>{elapsed} s écrites, SHA-256 partiel {sha}…</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>{template} dossier in {lang}</source>
        <translation>dossier {template} en {lang}</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain.</source>
        <translation>Chaque modification du dossier est inscrite ici, chaque entrée scellée par l’empreinte de la précédente. La vérification relit chaque fichier enregistré et contrôle la chaîne.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.</source>
        <translation>✔ Vérifié : les {files} fichiers enregistrés sont inchangés et la chaîne de {entries} entrées du journal est intacte.</translation>
    </message>
    <message>
        <source>✘ Verification found {count} problem(s):</source>
        <translation>✘ La vérification a trouvé {count} problème(s) :</translation>
    </message>
    <message>
        <source>• {name} has been altered: its content no longer matches the hash recorded when it was added.</source>
        <translation>• {name} a été modifié : son contenu ne correspond plus à l’empreinte enregistrée lors de son ajout.</translation>
    </message>
    <message>
        <source>• {name} is missing from the store.</source>
        <translation>• {name} est absent du stockage.</translation>
    </message>
    <message>
        <source>• {name}: the database no longer says what the journal recorded for it (its hash, size or kind was edited outside the app).</source>
        <translation>• {name} : la base de données ne dit plus ce que le journal a consigné pour cette pièce (son empreinte, sa taille ou son type a été modifié hors de l&apos;application).</translation>
    </message>
    <message>
        <source>• {name}: the recording differs from the checkpoints journalled while it was filmed.</source>
        <translation>• {name} : l&apos;enregistrement diffère des points de contrôle consignés dans le journal pendant le tournage.</translation>
    </message>
    <message>
        <source>• The journal is broken at entry {seq}.</source>
        <translation>• Le journal est rompu à l’entrée {seq}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation>JD.com</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>AliExpress</source>
        <translation>AliExpress</translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation>Autre boutique</translation>
    </message>
    <message>
        <source>Damaged or faulty item</source>
        <translation>Article abîmé ou défectueux</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Lost or late delivery</source>
        <translation>Colis perdu ou en retard</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>Mauvais article ou quantité</translation>
    </message>
    <message>
        <source>Platform refunded, seller refuses</source>
        <translation>Remboursé par la plateforme, refus du vendeur</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Autre problème</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>Remboursement seul</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>Retour et remboursement</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Indemnisation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Réclamation portée plus haut</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Unboxing video</source>
        <translation>Vidéo de déballage</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>Enregistrement d&apos;écran</translation>
    </message>
    <message>
        <source>Web page capture</source>
        <translation>Capture de page web</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Chat text</source>
        <translation>Texte de conversation</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>All evidence</source>
        <translation>Toutes les preuves</translation>
    </message>
    <message>
        <source>Unboxing and videos</source>
        <translation>Déballage et vidéos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Chats and screenshots</source>
        <translation>Conversations et captures</translation>
    </message>
    <message>
        <source>Documents and other</source>
        <translation>Documents et autres</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Pasted from clipboard</source>
        <translation>Collé depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Dropped into the app</source>
        <translation>Déposé dans l’application</translation>
    </message>
    <message>
        <source>Recorded in the app</source>
        <translation>Filmé dans l’application</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>Depuis un téléphone</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Captured from the web</source>
        <translation>Capturé sur le web</translation>
    </message>
    <message>
        <source>Recovered (found without a case)</source>
        <translation>Récupéré (trouvé sans dossier)</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Preuve ajoutée</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>Preuve modifiée</translation>
    </message>
    <message>
        <source>Evidence hidden</source>
        <translation>Preuve masquée</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Exhibits reordered</source>
        <translation>Pièces réordonnées</translation>
    </message>
    <message>
        <source>Verification run</source>
        <translation>Vérification effectuée</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Enregistrement démarré</translation>
    </message>
    <message>
        <source>Checklist step marked</source>
        <translation>Étape de la liste marquée</translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation>Enregistrement interrompu</translation>
    </message>
    <message>
        <source>Recording finished</source>
        <translation>Enregistrement terminé</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>Deadline added</source>
        <translation>Échéance ajoutée</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>Échéance modifiée</translation>
    </message>
    <message>
        <source>Deadline removed</source>
        <translation>Échéance supprimée</translation>
    </message>
    <message>
        <source>Dispute event</source>
        <translation>Étape du litige</translation>
    </message>
    <message>
        <source>Evidence tagged</source>
        <translation>Preuve étiquetée</translation>
    </message>
    <message>
        <source>Text recognised</source>
        <translation>Texte reconnu</translation>
    </message>
    <message>
        <source>Recording checkpoint</source>
        <translation>Point de contrôle de l’enregistrement</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Share copy made</source>
        <translation>Copie de partage créée</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>Horodatage qualifié</translation>
    </message>
    <message>
        <source>Clean-up at start</source>
        <translation>Nettoyage au démarrage</translation>
    </message>
    <message>
        <source>Damaged stored copy repaired</source>
        <translation>Copie enregistrée endommagée réparée</translation>
    </message>
    <message>
        <source>the file name claims another type than its content</source>
        <translation>le nom du fichier annonce un autre type que son contenu</translation>
    </message>
    <message>
        <source>may have been edited (an editing app is named in its metadata)</source>
        <translation>peut avoir été retouchée (une application de retouche figure dans ses métadonnées)</translation>
    </message>
    <message>
        <source>re-encoded copy without camera metadata: the phone&apos;s original is stronger</source>
        <translation>copie recompressée sans métadonnées d’appareil : l’original du téléphone est plus probant</translation>
    </message>
    <message>
        <source>copy saved from a messaging app: the phone&apos;s original is stronger</source>
        <translation>copie enregistrée depuis une messagerie : l’original du téléphone est plus probant</translation>
    </message>
    <message>
        <source>nearly identical to another picture of this case</source>
        <translation>presque identique à une autre image du dossier</translation>
    </message>
    <message>
        <source>damaged metadata: capture time and camera are not reliable</source>
        <translation>métadonnées endommagées : date et appareil non fiables</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata</source>
        <translation>d’après les métadonnées de la photo</translation>
    </message>
    <message>
        <source>from the photo&apos;s GPS clock</source>
        <translation>d’après l’horloge GPS de la photo</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone from its GPS clock</source>
        <translation>des métadonnées de la photo, fuseau horaire déduit de l’horloge GPS</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone unknown</source>
        <translation>des métadonnées de la photo, fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>from the photo&apos;s last-modified date (may be an edit)</source>
        <translation>de la date de modification de la photo (peut-être une retouche)</translation>
    </message>
    <message>
        <source>creation date in the PDF</source>
        <translation>date de création inscrite dans le PDF</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>time of receiving from the phone</source>
        <translation>heure de réception depuis le téléphone</translation>
    </message>
    <message>
        <source>from the video file</source>
        <translation>d’après le fichier vidéo</translation>
    </message>
    <message>
        <source>from the file name (agrees with the file date)</source>
        <translation>d&apos;après le nom du fichier (concorde avec la date du fichier)</translation>
    </message>
    <message>
        <source>file date only</source>
        <translation>date du fichier seulement</translation>
    </message>
    <message>
        <source>recorded in the app</source>
        <translation>filmée dans l’application</translation>
    </message>
    <message>
        <source>time the page was captured</source>
        <translation>heure de la capture de la page</translation>
    </message>
    <message>
        <source>time of pasting</source>
        <translation>heure du collage</translation>
    </message>
    <message>
        <source>The order (number, amount, date)</source>
        <translation>La commande (numéro, montant, date)</translation>
    </message>
    <message>
        <source>Chat with the seller</source>
        <translation>Discussion avec le vendeur</translation>
    </message>
    <message>
        <source>The seller&apos;s refusal</source>
        <translation>Le refus du vendeur</translation>
    </message>
    <message>
        <source>The defect or damage</source>
        <translation>Le défaut ou le dommage</translation>
    </message>
    <message>
        <source>The unboxing</source>
        <translation>Le déballage</translation>
    </message>
    <message>
        <source>The product page</source>
        <translation>La fiche produit</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Le suivi</translation>
    </message>
    <message>
        <source>Return waybill</source>
        <translation>Bordereau de retour</translation>
    </message>
    <message>
        <source>Platform&apos;s advance refund</source>
        <translation>Remboursement avancé par la plateforme</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Rapport d’analyse</translation>
    </message>
    <message>
        <source>Wrong item received</source>
        <translation>Article erroné reçu</translation>
    </message>
    <message>
        <source>Platform decision</source>
        <translation>Décision de la plateforme</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non livré</translation>
    </message>
    <message>
        <source>Buyer protection extended</source>
        <translation>Protection acheteur prolongée</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>montant payé</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>store ID</source>
        <translation>identifiant de la boutique</translation>
    </message>
    <message>
        <source>seller&apos;s credit code</source>
        <translation>code de crédit social du vendeur</translation>
    </message>
    <message>
        <source>seller&apos;s address</source>
        <translation>adresse du vendeur</translation>
    </message>
    <message>
        <source>waybill number</source>
        <translation>numéro de suivi</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>date de livraison</translation>
    </message>
    <message>
        <source>what went wrong</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>what you ask for</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>seller&apos;s refusal</source>
        <translation>refus du vendeur</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>faits</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de tournage</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>what it proves</source>
        <translation>ce qu’elle prouve</translation>
    </message>
    <message>
        <source>exhibit order</source>
        <translation>ordre des pièces</translation>
    </message>
    <message>
        <source>shown in the dossier</source>
        <translation>présence dans le dossier</translation>
    </message>
    <message>
        <source>time of adding</source>
        <translation>heure de l’ajout</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search title, order no., seller, waybill…</source>
        <translation>Rechercher titre, n° de commande, vendeur, suivi…</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Select a case on the left, or create a new one.</source>
        <translation>Sélectionnez un dossier à gauche ou créez-en un.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Filmer</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>{n} file(s) found that belong to no case. They are kept safe; attach them to a case with “evidenceapp recover CASE --all”.</source>
        <translation>{n} fichier(s) trouvé(s) qui n’appartiennent à aucun dossier. Ils sont conservés ; rattachez-les à un dossier avec « evidenceapp recover DOSSIER --all ».</translation>
    </message>
    <message>
        <source>The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab.</source>
        <translation>L’enregistreur n’est pas encore inclus dans cette version. Filmez le déballage avec votre téléphone en une seule prise, puis ajoutez la vidéo dans l’onglet Preuves.</translation>
    </message>
    <message>
        <source>Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime.</source>
        <translation>L’export de dossier n’est pas encore inclus dans cette version. Vos preuves et leur journal sont conservés en sécurité en attendant.</translation>
    </message>
    <message>
        <source>evidenceapp — evidence for refund disputes</source>
        <translation>evidenceapp — preuves pour litiges de remboursement</translation>
    </message>
    <message>
        <source>{case} — {app}</source>
        <translation>{case} — {app}</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot or chat</source>
        <translation>&amp;Coller une capture ou une discussion</translation>
    </message>
    <message>
        <source>&amp;Record unboxing</source>
        <translation>&amp;Filmer le déballage</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Open a &amp;demo case</source>
        <translation>Ouvrir un dossier d’&amp;exemple</translation>
    </message>
    <message>
        <source>Receive from &amp;phone…</source>
        <translation>Recevoir du &amp;téléphone…</translation>
    </message>
    <message>
        <source>Verify a &amp;bundle…</source>
        <translation>Vérifier un &amp;paquet…</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Creating the demo case (filming a short unboxing)…</source>
        <translation>Création du dossier d’exemple (tournage d’un court déballage)…</translation>
    </message>
    <message>
        <source>Finish the recording before changing the settings.</source>
        <translation>Terminez l’enregistrement avant de modifier les paramètres.</translation>
    </message>
    <message>
        <source>About evidenceapp</source>
        <translation>À propos d’evidenceapp</translation>
    </message>
    <message>
        <source>evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.</source>
        <translation>evidenceapp {version} : filmez le déballage, gardez les originaux, exportez un dossier vérifiable.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>One case per disputed order. You can fill in the other details later.</source>
        <translation>Un dossier par commande litigieuse. Vous pourrez compléter les autres informations plus tard.</translation>
    </message>
    <message>
        <source>e.g. Cracked mug from the flagship store</source>
        <translation>ex. Tasse fêlée de la boutique officielle</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>Vendeur ou boutique</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Please enter a title and the order number.</source>
        <translation>Saisissez un titre et le numéro de commande.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>Vendeur ou boutique</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID de la boutique</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Code de crédit social unifié (Chine)</translation>
    </message>
    <message>
        <source>18 characters, if known</source>
        <translation>18 caractères, si connu</translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation>Adresse du vendeur</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What the seller said when refusing, word for word</source>
        <translation>Ce que le vendeur a répondu en refusant, mot pour mot</translation>
    </message>
    <message>
        <source>Seller&apos;s refusal</source>
        <translation>Refus du vendeur</translation>
    </message>
    <message>
        <source>What happened, in order, with dates</source>
        <translation>Ce qui s’est passé, dans l’ordre, avec les dates</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Your dispute</source>
        <translation>Votre litige</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>Ajouter un délai…</translation>
    </message>
    <message>
        <source>Evidence still missing</source>
        <translation>Preuves manquantes</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Heures exprimées en {zone}</translation>
    </message>
    <message>
        <source>Next step: {title}</source>
        <translation>Prochaine étape : {title}</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Chronologie (%n événement)</numerusform>
            <numerusform>Chronologie (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add each step as it happens (you asked for a refund, the seller refused, the platform decided…): the deadlines and the next step follow.</source>
        <translation>Rien n’est encore consigné. Ajoutez chaque étape quand elle se produit (vous avez demandé un remboursement, le vendeur a refusé, la plateforme a tranché…) : les délais et la prochaine étape suivent.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines (%n)</source>
        <translation>
            <numerusform>Délais (%n)</numerusform>
            <numerusform>Délais (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Suggested: {label} — {due}</source>
        <translation>Suggéré : {label} — {due}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>No deadline yet.</source>
        <translation>Aucun délai pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs in the chat (%n)</source>
        <translation>
            <numerusform>Signaux d’alerte dans la discussion (%n)</numerusform>
            <numerusform>Signaux d’alerte dans la discussion (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier answers:</source>
        <translation>Le dossier répond :</translation>
    </message>
    <message>
        <source>Would strengthen it:</source>
        <translation>Le renforcerait :</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n)</source>
        <translation>
            <numerusform>{title} (%n)</numerusform>
            <numerusform>{title} (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Answer to the seller</source>
        <translation>Réponse au vendeur</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Evidence ready: {percent} %</source>
        <translation>Preuves réunies : {percent} %</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
</context>
<context>
    <name>PhoneCameraDialog</name>
    <message>
        <source>Phone as camera</source>
        <translation>Téléphone comme caméra</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera app, open the page, accept the certificate warning if its fingerprint is the one below, then tap “Start the camera”. The recording starts when the first picture arrives.</source>
        <translation>Scannez ce code avec l&apos;appareil photo du téléphone, ouvrez la page, acceptez l&apos;avertissement de certificat si son empreinte est celle ci-dessous, puis touchez «&#x202f;Démarrer la caméra&#x202f;». L&apos;enregistrement commence à la première image reçue.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fp}</source>
        <translation>Empreinte du certificat (SHA-256)&#x202f;: {fp}</translation>
    </message>
    <message>
        <source>Waiting for the phone…</source>
        <translation>En attente du téléphone…</translation>
    </message>
</context>
<context>
    <name>ProgressHost</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReceivePhoneDialog</name>
    <message>
        <source>Receive from phone</source>
        <translation>Recevoir du téléphone</translation>
    </message>
    <message>
        <source>The network address the phone connects to: the phone must be on the same Wi-Fi.</source>
        <translation>L’adresse réseau à laquelle le téléphone se connecte : il doit être sur le même Wi-Fi.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>1. Connect the phone to the same Wi-Fi as this computer.
2. Scan the code with the phone&apos;s camera and open the link.
3. Pick photos and videos and send them. They appear here and in the case as they arrive, with the SHA-256 computed on arrival.</source>
        <translation>1. Connectez le téléphone au même Wi-Fi que cet ordinateur.
2. Scannez le code avec l’appareil photo du téléphone et ouvrez le lien.
3. Choisissez des photos et vidéos et envoyez-les. Elles apparaissent ici et dans le dossier dès leur arrivée, avec le SHA-256 calculé à la réception.</translation>
    </message>
    <message>
        <source>What arrives is exactly what the phone&apos;s browser sends: some phones convert HEIC photos to JPEG or compress videos on the way. Check the format and EXIF columns; if the capture metadata is missing, send the original from the phone&apos;s file manager or with a cable.</source>
        <translation>Ce qui arrive est exactement ce qu’envoie le navigateur du téléphone : certains téléphones convertissent les photos HEIC en JPEG ou compressent les vidéos au passage. Vérifiez les colonnes Format et EXIF ; si les métadonnées de prise de vue manquent, envoyez l’original depuis le gestionnaire de fichiers du téléphone ou par câble.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stop receiving and close</source>
        <translation>Arrêter la réception et fermer</translation>
    </message>
    <message>
        <source>The link has expired. Press “New link” to receive more files.</source>
        <translation>Le lien a expiré. Cliquez sur « Nouveau lien » pour recevoir d’autres fichiers.</translation>
    </message>
    <message>
        <source>The link works for {minutes}:{seconds} more, and only while this window is open.</source>
        <translation>Le lien reste valable {minutes}:{seconds}, et seulement tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>(upload)</source>
        <translation>(envoi)</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Réception…</translation>
    </message>
    <message>
        <source>Receiving… {mb} MB</source>
        <translation>Réception… {mb} Mo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Already in the case</source>
        <translation>Déjà dans le dossier</translation>
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
        <source>No capture metadata arrived: the phone may have converted or re-saved the file.</source>
        <translation>Aucune métadonnée de prise de vue n’est arrivée : le téléphone a peut-être converti ou réenregistré le fichier.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>{count} file(s) received into this case.</source>
        <translation>{count} fichier(s) reçu(s) dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Camera {n}</source>
        <translation>Caméra {n}</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Mire de test (sans caméra)</translation>
    </message>
    <message>
        <source>Video file as camera…</source>
        <translation>Fichier vidéo comme caméra…</translation>
    </message>
    <message>
        <source>● Start recording</source>
        <translation>● Démarrer l’enregistrement</translation>
    </message>
    <message>
        <source>■ Stop and keep</source>
        <translation>■ Arrêter et garder</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Checklist — click each step as you show it (keys 1–9)</source>
        <translation>Liste — cliquez chaque étape quand vous la montrez (touches 1–9)</translation>
    </message>
    <message>
        <source>Pause (marker)</source>
        <translation>Pause (repère)</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Cet écran</translation>
    </message>
    <message>
        <source>A window…</source>
        <translation>Une fenêtre…</translation>
    </message>
    <message>
        <source>Phone camera (QR code)</source>
        <translation>Caméra du téléphone (code QR)</translation>
    </message>
    <message>
        <source>Network camera or phone app (address)…</source>
        <translation>Caméra réseau ou application du téléphone (adresse)…</translation>
    </message>
    <message>
        <source>Show the account name or ID and the order page first, then scroll the chat from its very first message, the refusal and the logistics page. The clock and order number are added below the picture, never over it. Never type your password while recording.</source>
        <translation>Montrez d&apos;abord le nom ou l&apos;identifiant du compte et la page de la commande, puis faites défiler la discussion depuis son tout premier message, le refus et la page de suivi. L&apos;heure et le numéro de commande sont ajoutés sous l&apos;image, jamais par-dessus. Ne tapez jamais votre mot de passe pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Keep filming in one continuous take: a pause is only a marker, never a cut. Show the label, all six sides and the seal before opening.</source>
        <translation>Filmez en une seule prise continue : une pause n’est qu’un repère, jamais une coupure. Montrez l’étiquette, les six faces et les scellés avant d’ouvrir.</translation>
    </message>
    <message>
        <source>Buttons and checklist in {ui}; the clock, order number and step names burned into the video are in {video}, the language of this case&apos;s dossier.</source>
        <translation>Boutons et liste en {ui} ; l’heure, le numéro de commande et les étapes incrustés dans la vidéo sont en {video}, la langue du dossier de ce litige.</translation>
    </message>
    <message>
        <source>Recording: click “Stop and keep” to end the take.</source>
        <translation>Enregistrement en cours : cliquez sur « Arrêter et garder » pour terminer la prise.</translation>
    </message>
    <message>
        <source>Video to use as the camera</source>
        <translation>Vidéo à utiliser comme caméra</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.webm)</source>
        <translation>Vidéos (*.mp4 *.mov *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Record a window</source>
        <translation>Enregistrer une fenêtre</translation>
    </message>
    <message>
        <source>Window to record:</source>
        <translation>Fenêtre à enregistrer :</translation>
    </message>
    <message>
        <source>Title of the window to record (or part of it):</source>
        <translation>Titre de la fenêtre à enregistrer (ou une partie) :</translation>
    </message>
    <message>
        <source>The camera is not allowed for this app: allow it in the system&apos;s privacy settings, then start again.</source>
        <translation>La caméra n&apos;est pas autorisée pour cette application&#x202f;: autorisez-la dans les réglages de confidentialité du système, puis recommencez.</translation>
    </message>
    <message>
        <source>Starting the screen recording…</source>
        <translation>Démarrage de l&apos;enregistrement d&apos;écran…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Network camera</source>
        <translation>Caméra réseau</translation>
    </message>
    <message>
        <source>Address of the video stream, as the camera or the phone app shows it (rtsp://… or http://…/video):</source>
        <translation>Adresse du flux vidéo, telle que la caméra ou l&apos;application l&apos;affiche (rtsp://… ou http://…/video)&#x202f;:</translation>
    </message>
    <message>
        <source>Waiting for the phone&apos;s camera…</source>
        <translation>En attente de la caméra du téléphone…</translation>
    </message>
    <message>
        <source>Saved “{name}”: {duration} s with {marks} checklist markers. It is in the Evidence tab.</source>
        <translation>« {name} » enregistré : {duration} s avec {marks} repères. Il figure dans l’onglet Preuves.</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Enregistrement de la vidéo…</translation>
    </message>
    <message>
        <source>{frames} frames · {dropped} dropped</source>
        <translation>{frames} images · {dropped} perdues</translation>
    </message>
    <message>
        <source>The recording stopped by itself; saving what was recorded.</source>
        <translation>L’enregistrement s’est arrêté de lui-même ; ce qui a été filmé est conservé.</translation>
    </message>
    <message>
        <source>Resume (marker)</source>
        <translation>Reprendre (repère)</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● ENREGISTREMENT</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Press Start: the preview shows exactly what is written to the video, with the clock and order number burned in.</source>
        <translation>Appuyez sur Démarrer : l’aperçu montre exactement ce qui est écrit dans la vidéo, avec l’heure et le numéro de commande incrustés.</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>This makes a zip file of the app&apos;s log files and its version, for you to send with a short description of what happened.

It contains only the logs: none of your photos, videos, chat screenshots or case details.</source>
        <translation>Cela crée un fichier zip des journaux techniques de l’application et de sa version, à envoyer avec une courte description de ce qui s’est passé.

Il ne contient que ces journaux : aucune de vos photos, vidéos, captures de discussion ni informations de dossier.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Create the report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>Enregistrer le rapport dans</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The report could not be saved in {folder}: {reason}</source>
        <translation>Le rapport n’a pas pu être enregistré dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>Creating the problem report…</source>
        <translation>Création du rapport de problème…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Recording size</source>
        <translation>Taille de l’enregistrement</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fréquence d’images</translation>
    </message>
    <message>
        <source>Timestamp server (TSA) URL</source>
        <translation>URL du serveur d’horodatage (TSA)</translation>
    </message>
    <message>
        <source>Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported.</source>
        <translation>Facultatif. Un service d’horodatage RFC 3161 qui atteste la date d’export d’un dossier.</translation>
    </message>
    <message>
        <source>A certificate is set; choose a file to replace it</source>
        <translation>Un certificat est défini ; choisissez un fichier pour le remplacer</translation>
    </message>
    <message>
        <source>PEM file of the TSA&apos;s CA certificate</source>
        <translation>Fichier PEM du certificat de l’AC du service d’horodatage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>TSA CA certificate</source>
        <translation>Certificat AC de l’horodatage</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <source>This computer&apos;s Ed25519 key signs every export; the same fingerprint is printed in each dossier.</source>
        <translation>La clé Ed25519 de cet ordinateur signe chaque export ; la même empreinte est imprimée dans chaque dossier.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>N° de pièce d’identité</translation>
    </message>
    <message>
        <source>Used as the complainant&apos;s details in dossiers (e.g. a 12315 complaint). Stored only on this computer.</source>
        <translation>Utilisées comme coordonnées du plaignant dans les dossiers (ex. plainte 12315). Conservées uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d’export par défaut</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <source>Files in the bundle</source>
        <translation>Fichiers de l&apos;archive</translation>
    </message>
    <message>
        <source>Exhibits against the journal</source>
        <translation>Pièces comparées au journal</translation>
    </message>
    <message>
        <source>File checksums (SHA256SUMS)</source>
        <translation>Sommes de contrôle (SHA256SUMS)</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Manifeste signé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Custody journal chain</source>
        <translation>Chaîne du journal de conservation</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>Horodatage de confiance</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>Signature du PDF</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>Vérifier un paquet</translation>
    </message>
    <message>
        <source>Checks an exported bundle (.zip) on its own, as a reviewer would: every file against SHA256SUMS, the custody journal&apos;s chain, the signatures and the trusted timestamp. Nothing in your cases is read or changed.</source>
        <translation>Vérifie un paquet exporté (.zip) à lui seul, comme le ferait un examinateur : chaque fichier contre SHA256SUMS, la chaîne du journal de conservation, les signatures et l’horodatage de confiance. Rien dans vos dossiers n’est lu ni modifié.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choisir un paquet</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Paquets (*.zip)</translation>
    </message>
    <message>
        <source>Choose the bundle&apos;s .zip file first.</source>
        <translation>Choisissez d’abord le fichier .zip du paquet.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>✘ FAILED</source>
        <translation>✘ ÉCHEC</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– non vérifié</translation>
    </message>
    <message>
        <source>✔ The bundle is intact: {passed} check(s) passed.</source>
        <translation>✔ Le paquet est intact : {passed} contrôle(s) réussi(s).</translation>
    </message>
    <message>
        <source>{count} could not be made (see the list).</source>
        <translation>{count} n’ont pas pu être faits (voir la liste).</translation>
    </message>
    <message>
        <source>✘ The bundle failed {count} check(s):</source>
        <translation>✘ Le paquet a échoué à {count} contrôle(s) :</translation>
    </message>
    <message>
        <source>• {check}: {part}</source>
        <translation>• {check} : {part}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Checklist markers</source>
        <translation>Repères de la liste</translation>
    </message>
</context>
</TS>
