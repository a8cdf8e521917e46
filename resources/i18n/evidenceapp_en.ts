<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddEventDialog</name>
    <message>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>The reason or what was said, word for word</source>
        <translation>The reason or what was said, word for word</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>When ({zone})</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>Deadlines that follow from this event are added for you; you can edit their dates.</source>
        <translation>Deadlines that follow from this event are added for you; you can edit their dates.</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>What was said (typed by you; printed in the dossier)</source>
        <translation>What was said (typed by you; printed in the dossier)</translation>
    </message>
    <message>
        <source>e.g. 10:32 the agent admits the mug was cracked before shipping and promises a full refund</source>
        <translation>e.g. 10:32 the agent admits the mug was cracked before shipping and promises a full refund</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Save transcript</translation>
    </message>
    <message>
        <source>Call with {who}</source>
        <translation>Call with {who}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Seller: {seller}</source>
        <translation>Seller: {seller}</translation>
    </message>
    <message>
        <source>No. {order}</source>
        <translation>No. {order}</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>items: {count}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>due {when}</translation>
    </message>
</context>
<context>
    <name>DeadlineAlerts</name>
    <message>
        <source>Deadline passed: {deadline} ({case})</source>
        <translation>Deadline passed: {deadline} ({case})</translation>
    </message>
    <message>
        <source>Deadline in {remaining}: {deadline} ({case})</source>
        <translation>Deadline in {remaining}: {deadline} ({case})</translation>
    </message>
    <message>
        <source>Dispute deadline</source>
        <translation>Dispute deadline</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit the deadline</source>
        <translation>Edit the deadline</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Add a deadline</translation>
    </message>
    <message>
        <source>Done (no longer counts down)</source>
        <translation>Done (no longer counts down)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Due ({zone})</source>
        <translation>Due ({zone})</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Could not open it</source>
        <translation>Could not open it</translation>
    </message>
    <message>
        <source>No file manager or viewer could be started here. The path is copied to the clipboard:</source>
        <translation>No file manager or viewer could be started here. The path is copied to the clipboard:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. the crack was there when the parcel was opened</source>
        <translation>e.g. the crack was there when the parcel was opened</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>What it proves</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>Text read</translation>
    </message>
    <message>
        <source>Hide from dossier</source>
        <translation>Hide from dossier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Original name: {name}</source>
        <translation>Original name: {name}</translation>
    </message>
    <message>
        <source>Captured: {when} ({how})</source>
        <translation>Captured: {when} ({how})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Added: {when} · {source}</source>
        <translation>Added: {when} · {source}</translation>
    </message>
    <message>
        <source>Size: {size} · {mime}</source>
        <translation>Size: {size} · {mime}</translation>
    </message>
    <message>
        <source>Dimensions: {w} × {h}</source>
        <translation>Dimensions: {w} × {h}</translation>
    </message>
    <message>
        <source>Duration: {seconds} s</source>
        <translation>Duration: {seconds} s</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Camera: {camera}</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>Location: {lat}, {lon}</translation>
    </message>
    <message>
        <source>Warnings: {flags}</source>
        <translation>Warnings: {flags}</translation>
    </message>
    <message>
        <source>Select an item to see it here</source>
        <translation>Select an item to see it here</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>No preview for this kind of file ({kind})</source>
        <translation>No preview for this kind of file ({kind})</translation>
    </message>
    <message>
        <source>Text read (OCR)</source>
        <translation>Text read (OCR)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hide this item?</source>
        <translation>Hide this item?</translation>
    </message>
    <message>
        <source>The item stays in the store and in the journal, but it is left out of the list and of dossiers.</source>
        <translation>The item stays in the store and in the journal, but it is left out of the list and of dossiers.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Keep the proof for your refund dispute</source>
        <translation>Keep the proof for your refund dispute</translation>
    </message>
    <message>
        <source>One case per disputed order. Three steps:</source>
        <translation>One case per disputed order. Three steps:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Film the unboxing in one continuous take: the clock and order number are burned into the video.</source>
        <translation>Film the unboxing in one continuous take: the clock and order number are burned into the video.</translation>
    </message>
    <message>
        <source>Add photos and chats</source>
        <translation>Add photos and chats</translation>
    </message>
    <message>
        <source>Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.</source>
        <translation>Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.</source>
        <translation>Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Open a demo case</source>
        <translation>Open a demo case</translation>
    </message>
    <message>
        <source>Creating the demo case: filming a short synthetic unboxing, a few seconds…</source>
        <translation>Creating the demo case: filming a short synthetic unboxing, a few seconds…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be found: {key}.</source>
        <translation>This could not be found: {key}.</translation>
    </message>
    <message>
        <source>“{key}” matches several entries. Please be more specific.</source>
        <translation>“{key}” matches several entries. Please be more specific.</translation>
    </message>
    <message>
        <source>The value entered for “{field}” is not valid.</source>
        <translation>The value entered for “{field}” is not valid.</translation>
    </message>
    <message>
        <source>The file or folder no longer exists: {path}</source>
        <translation>The file or folder no longer exists: {path}</translation>
    </message>
    <message>
        <source>This file could not be read: {path}</source>
        <translation>This file could not be read: {path}</translation>
    </message>
    <message>
        <source>This is not an ordinary file and was skipped: {path}</source>
        <translation>This is not an ordinary file and was skipped: {path}</translation>
    </message>
    <message>
        <source>This folder links back to itself and was skipped: {path}</source>
        <translation>This folder links back to itself and was skipped: {path}</translation>
    </message>
    <message>
        <source>This type of file is not supported: {path}</source>
        <translation>This type of file is not supported: {path}</translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {path}. Free some space and try again.</source>
        <translation>There is not enough free disk space to store {path}. Free some space and try again.</translation>
    </message>
    <message>
        <source>Your evidence was saved by a newer version of the app. Please update the app to open it.</source>
        <translation>Your evidence was saved by a newer version of the app. Please update the app to open it.</translation>
    </message>
    <message>
        <source>The evidence database is damaged. Your original files are untouched; see the details and contact support.</source>
        <translation>The evidence database is damaged. Your original files are untouched; see the details and contact support.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The file was stored, but its details (date, camera) could not be read: {path}</source>
        <translation>The file was stored, but its details (date, camera) could not be read: {path}</translation>
    </message>
    <message>
        <source>Reading the details of {path} took too long; the file was stored without them.</source>
        <translation>Reading the details of {path} took too long; the file was stored without them.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>Something went wrong ({code}).</translation>
    </message>
    <message>
        <source>Something went wrong. The details say what happened.</source>
        <translation>Something went wrong. The details say what happened.</translation>
    </message>
    <message>
        <source>The evidence database is in use by another program (a backup or sync tool?). Close it and try again; nothing was lost.</source>
        <translation>The evidence database is in use by another program (a backup or sync tool?). Close it and try again; nothing was lost.</translation>
    </message>
    <message>
        <source>The stored copy of {path} is damaged and could not be repaired. Run “Verify now” and keep the original file.</source>
        <translation>The stored copy of {path} is damaged and could not be repaired. Run “Verify now” and keep the original file.</translation>
    </message>
    <message>
        <source>This needs a date or a number of days that only you can read on the platform; see the note beside it.</source>
        <translation>This needs a date or a number of days that only you can read on the platform; see the note beside it.</translation>
    </message>
    <message>
        <source>{path} could not be written into the evidence store. Check the disk and try again.</source>
        <translation>{path} could not be written into the evidence store. Check the disk and try again.</translation>
    </message>
    <message>
        <source>An upload from the phone is over the size limit ({limit} bytes) and was not kept.</source>
        <translation>An upload from the phone is over the size limit ({limit} bytes) and was not kept.</translation>
    </message>
    <message>
        <source>The upload of {path} stopped before the end; nothing of it was kept. Send it again.</source>
        <translation>The upload of {path} stopped before the end; nothing of it was kept. Send it again.</translation>
    </message>
    <message>
        <source>The phone sent something that is not a plain file upload, so it was refused.</source>
        <translation>The phone sent something that is not a plain file upload, so it was refused.</translation>
    </message>
    <message>
        <source>The app could not start receiving on {host} port {port}. Check that you are connected to a network, or choose another address.</source>
        <translation>The app could not start receiving on {host} port {port}. Check that you are connected to a network, or choose another address.</translation>
    </message>
    <message>
        <source>The camera {source} could not be opened. Close other apps that use it, or choose another source.</source>
        <translation>The camera {source} could not be opened. Close other apps that use it, or choose another source.</translation>
    </message>
    <message>
        <source>This is not a video source the app can record from: {source}</source>
        <translation>This is not a video source the app can record from: {source}</translation>
    </message>
    <message>
        <source>The screen cannot be recorded on this system ({system}). On Linux, log in with an X11 (Xorg) session; under Wayland, film the screen with your phone instead.</source>
        <translation>The screen cannot be recorded on this system ({system}). On Linux, log in with an X11 (Xorg) session; under Wayland, film the screen with your phone instead.</translation>
    </message>
    <message>
        <source>This address was not opened: {url}. Only public http(s) web pages are captured; a local or private address needs your confirmation.</source>
        <translation>This address was not opened: {url}. Only public http(s) web pages are captured; a local or private address needs your confirmation.</translation>
    </message>
    <message>
        <source>The page {url} could not be captured. Check the address and your connection, then try again.</source>
        <translation>The page {url} could not be captured. Check the address and your connection, then try again.</translation>
    </message>
    <message>
        <source>{url} only shows its content after you log in, which the capture cannot do. Record the screen while you show the page, or add a screenshot from the app. Never enter your platform password here.</source>
        <translation>{url} only shows its content after you log in, which the capture cannot do. Record the screen while you show the page, or add a screenshot from the app. Never enter your platform password here.</translation>
    </message>
    <message>
        <source>The recording stopped unexpectedly. What was filmed until then is kept.</source>
        <translation>The recording stopped unexpectedly. What was filmed until then is kept.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be used: {path}</source>
        <translation>This installation&apos;s signing key cannot be used: {path}</translation>
    </message>
    <message>
        <source>No trusted timestamp could be obtained from {url}. The export is kept and can be timestamped later.</source>
        <translation>No trusted timestamp could be obtained from {url}. The export is kept and can be timestamped later.</translation>
    </message>
    <message>
        <source>This bundle cannot be read (not a dossier bundle, or damaged): {path}</source>
        <translation>This bundle cannot be read (not a dossier bundle, or damaged): {path}</translation>
    </message>
    <message>
        <source>This bundle was refused: one of its files would unpack to far more than a dossier bundle holds (a “zip bomb”, or a damaged file). Nothing was unpacked: {path}</source>
        <translation>This bundle was refused: one of its files would unpack to far more than a dossier bundle holds (a “zip bomb”, or a damaged file). Nothing was unpacked: {path}</translation>
    </message>
    <message>
        <source>The dossier PDF could not be signed. It was written without a signature.</source>
        <translation>The dossier PDF could not be signed. It was written without a signature.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes). It was stored as it is, but there is nothing to show.</source>
        <translation>{path} is empty (0 bytes). It was stored as it is, but there is nothing to show.</translation>
    </message>
    <message>
        <source>The content of {path} is not a photo, video or document the app can read. It was stored unchanged.</source>
        <translation>The content of {path} is not a photo, video or document the app can read. It was stored unchanged.</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete. The original bytes were stored unchanged.</source>
        <translation>{path} is damaged or incomplete. The original bytes were stored unchanged.</translation>
    </message>
    <message>
        <source>{path} is too large a picture to open safely. It was stored, but no preview is made.</source>
        <translation>{path} is too large a picture to open safely. It was stored, but no preview is made.</translation>
    </message>
    <message>
        <source>The metadata of {path} is damaged: its capture time and camera cannot be trusted.</source>
        <translation>The metadata of {path} is damaged: its capture time and camera cannot be trusted.</translation>
    </message>
    <message>
        <source>{path} is a password-protected PDF. It was stored unchanged, but its content cannot be read.</source>
        <translation>{path} is a password-protected PDF. It was stored unchanged, but its content cannot be read.</translation>
    </message>
    <message>
        <source>A copy without personal metadata cannot be made for {path}.</source>
        <translation>A copy without personal metadata cannot be made for {path}.</translation>
    </message>
    <message>
        <source>The stored original {path} has changed since it was added, so the export was stopped. Run “Verify now” in the Journal tab.</source>
        <translation>The stored original {path} has changed since it was added, so the export was stopped. Run “Verify now” in the Journal tab.</translation>
    </message>
    <message>
        <source>The upload limits of this channel are not known: {channel}</source>
        <translation>The upload limits of this channel are not known: {channel}</translation>
    </message>
    <message>
        <source>The dossier could not be written to {path}. Check the folder and the free space.</source>
        <translation>The dossier could not be written to {path}. Check the folder and the free space.</translation>
    </message>
    <message>
        <source>Text recognition is not installed, so chat screenshots cannot be read.</source>
        <translation>Text recognition is not installed, so chat screenshots cannot be read.</translation>
    </message>
    <message>
        <source>The text of {path} could not be read.</source>
        <translation>The text of {path} could not be read.</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this.</source>
        <translation>Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this.</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Please send the log file with a short description of what you did: {path}</source>
        <translation>Please send the log file with a short description of what you did: {path}</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Paste screenshot or chat</source>
        <translation>Paste screenshot or chat</translation>
    </message>
    <message>
        <source>Receive from phone…</source>
        <translation>Receive from phone…</translation>
    </message>
    <message>
        <source>Capture a web page…</source>
        <translation>Capture a web page…</translation>
    </message>
    <message>
        <source>Find text in chats and screenshots…</source>
        <translation>Find text in chats and screenshots…</translation>
    </message>
    <message>
        <source>Exhibit order</source>
        <translation>Exhibit order</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Capture time</translation>
    </message>
    <message>
        <source>Grouped by kind</source>
        <translation>Grouped by kind</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Thumbnail size</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>View full size</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Open the original</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <source>Set what it proves…</source>
        <translation>Set what it proves…</translation>
    </message>
    <message>
        <source>Move to the start of the list</source>
        <translation>Move to the start of the list</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>Move to the end of the list</translation>
    </message>
    <message>
        <source>What it shows (for the playbook)</source>
        <translation>What it shows (for the playbook)</translation>
    </message>
    <message numerus="yes">
        <source>Hide from dossier (%n item(s))</source>
        <translation>
            <numerusform>Hide from dossier (%n item)</numerusform>
            <numerusform>Hide from dossier (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide these items?</source>
        <translation>Hide these items?</translation>
    </message>
    <message>
        <source>The items stay in the store and in the journal, but they are left out of the list and of dossiers.</source>
        <translation>The items stay in the store and in the journal, but they are left out of the list and of dossiers.</translation>
    </message>
    <message>
        <source>{count} item(s) contain “{text}”.</source>
        <translation>{count} item(s) contain “{text}”.</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.</source>
        <translation>Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.</translation>
    </message>
    <message>
        <source>Capture a web page</source>
        <translation>Capture a web page</translation>
    </message>
    <message>
        <source>Address of the page (the listing, the shop page). A fresh browser without your login opens it: pages that need your login cannot be captured this way, and the app never asks for your password.</source>
        <translation>Address of the page (the listing, the shop page). A fresh browser without your login opens it: pages that need your login cannot be captured this way, and the app never asks for your password.</translation>
    </message>
    <message>
        <source>{url} is on this computer or a private network, not a public web site. Capture it anyway?</source>
        <translation>{url} is on this computer or a private network, not a public web site. Capture it anyway?</translation>
    </message>
    <message>
        <source>Record the screen instead</source>
        <translation>Record the screen instead</translation>
    </message>
    <message>
        <source>Captured {url} (HTTP {status}): screenshot, page archive, text and record added.</source>
        <translation>Captured {url} (HTTP {status}): screenshot, page archive, text and record added.</translation>
    </message>
    <message>
        <source>Capturing the web page…</source>
        <translation>Capturing the web page…</translation>
    </message>
    <message>
        <source>Photos and videos ({patterns})</source>
        <translation>Photos and videos ({patterns})</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Adding evidence…</translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or text to paste.</source>
        <translation>The clipboard holds no image, file or text to paste.</translation>
    </message>
    <message>
        <source>The copied text was added as a chat text item.</source>
        <translation>The copied text was added as a chat text item.</translation>
    </message>
    <message>
        <source>Adding the copied chat text…</source>
        <translation>Adding the copied chat text…</translation>
    </message>
    <message>
        <source>Pasting screenshot…</source>
        <translation>Pasting screenshot…</translation>
    </message>
    <message>
        <source>{added} added, {dups} already in the case, {errors} could not be added.</source>
        <translation>{added} added, {dups} already in the case, {errors} could not be added.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Stopped before the end.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Platform intervention (申请平台介入 / dispute)</source>
        <translation>Platform intervention (申请平台介入 / dispute)</translation>
    </message>
    <message>
        <source>12315 consumer complaint (投诉书)</source>
        <translation>12315 consumer complaint (投诉书)</translation>
    </message>
    <message>
        <source>Formal notice / SignalConso (mise en demeure)</source>
        <translation>Formal notice / SignalConso (mise en demeure)</translation>
    </message>
    <message>
        <source>Card chargeback (bank statement)</source>
        <translation>Card chargeback (bank statement)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Where you escalate</source>
        <translation>Where you escalate</translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Dossier language</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Save into</translation>
    </message>
    <message>
        <source>Print the photos&apos; GPS coordinates in the PDF</source>
        <translation>Print the photos&apos; GPS coordinates in the PDF</translation>
    </message>
    <message>
        <source>Off: the PDF only says that a location is recorded in the original.</source>
        <translation>Off: the PDF only says that a location is recorded in the original.</translation>
    </message>
    <message>
        <source>Evidence list (exhibit order; change it by dragging in the Evidence tab):</source>
        <translation>Evidence list (exhibit order; change it by dragging in the Evidence tab):</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Exhibit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>What it proves</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Ticked exhibits go into upload/, most important first (defect, refusal, logistics, unboxing).</source>
        <translation>Ticked exhibits go into upload/, most important first (defect, refusal, logistics, unboxing).</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>your phone number</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>your address</translation>
    </message>
    <message>
        <source>your email</source>
        <translation>your email</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>your ID number</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>the seller&apos;s name</translation>
    </message>
    <message>
        <source>the seller&apos;s address</source>
        <translation>the seller&apos;s address</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>the amount paid</translation>
    </message>
    <message>
        <source>the order date</source>
        <translation>the order date</translation>
    </message>
    <message>
        <source>the seller&apos;s credit code</source>
        <translation>the seller&apos;s credit code</translation>
    </message>
    <message>
        <source>the store ID</source>
        <translation>the store ID</translation>
    </message>
    <message>
        <source>the waybill number</source>
        <translation>the waybill number</translation>
    </message>
    <message>
        <source>the delivery date</source>
        <translation>the delivery date</translation>
    </message>
    <message>
        <source>Save the dossier into</source>
        <translation>Save the dossier into</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was left half-written.</source>
        <translation>Export cancelled: nothing was left half-written.</translation>
    </message>
    <message>
        <source>Dossier written to {folder}</source>
        <translation>Dossier written to {folder}</translation>
    </message>
    <message>
        <source>PDF: {name} ({pages} pages)</source>
        <translation>PDF: {name} ({pages} pages)</translation>
    </message>
    <message>
        <source>Verifiable bundle: {name}</source>
        <translation>Verifiable bundle: {name}</translation>
    </message>
    <message>
        <source>Upload set for {channel}: {count} files in upload/, with form.txt to paste into the form</source>
        <translation>Upload set for {channel}: {count} files in upload/, with form.txt to paste into the form</translation>
    </message>
    <message>
        <source>Your details are in Settings › Your details; the case&apos;s in Overview.</source>
        <translation>Your details are in Settings › Your details; the case&apos;s in Overview.</translation>
    </message>
    <message>
        <source>Still missing: {fields}</source>
        <translation>Still missing: {fields}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>No photo or screenshot to show.</source>
        <translation>No photo or screenshot to show.</translation>
    </message>
    <message>
        <source>This picture could not be shown: {error}</source>
        <translation>This picture could not be shown: {error}</translation>
    </message>
    <message>
        <source>{n} / {total} · {name} · {w} × {h} · ←/→ previous/next, wheel zoom, 0 fit, Esc close</source>
        <translation>{n} / {total} · {name} · {w} × {h} · ←/→ previous/next, wheel zoom, 0 fit, Esc close</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Time ({zone})</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Entry hash</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source>{name}: {change}</source>
        <translation>{name}: {change}</translation>
    </message>
    <message>
        <source>{name} left out of the list and of dossiers</source>
        <translation>{name} left out of the list and of dossiers</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event} ({when})</translation>
    </message>
    <message>
        <source>Deadline marked done</source>
        <translation>Deadline marked done</translation>
    </message>
    <message>
        <source>Deadline reopened</source>
        <translation>Deadline reopened</translation>
    </message>
    <message>
        <source>Deadline moved to {when}</source>
        <translation>Deadline moved to {when}</translation>
    </message>
    <message>
        <source>{name} ({source}), SHA-256 {sha}…</source>
        <translation>{name} ({source}), SHA-256 {sha}…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, order {order}</source>
        <translation>{title}, order {order}</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>{fields} changed</translation>
    </message>
    <message>
        <source>all {count} files intact</source>
        <translation>all {count} files intact</translation>
    </message>
    <message>
        <source>{count} exhibits</source>
        <translation>{count} exhibits</translation>
    </message>
    <message>
        <source>{label} at {offset} s</source>
        <translation>{label} at {offset} s</translation>
    </message>
    <message>
        <source>{width} × {height}, {fps} fps, source {source}</source>
        <translation>{width} × {height}, {fps} fps, source {source}</translation>
    </message>
    <message>
        <source>{duration} s, {frames} frames ({dropped} dropped), SHA-256 {sha}…</source>
        <translation>{duration} s, {frames} frames ({dropped} dropped), SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>{elapsed} s written, SHA-256 so far {sha}…</source>
        <translation>{elapsed} s written, SHA-256 so far {sha}…</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>due {when}</translation>
    </message>
    <message>
        <source>{template} dossier in {lang}</source>
        <translation>{template} dossier in {lang}</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Verify now</source>
        <translation>Verify now</translation>
    </message>
    <message>
        <source>Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain.</source>
        <translation>Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.</source>
        <translation>✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.</translation>
    </message>
    <message>
        <source>✘ Verification found {count} problem(s):</source>
        <translation>✘ Verification found {count} problem(s):</translation>
    </message>
    <message>
        <source>• {name} has been altered: its content no longer matches the hash recorded when it was added.</source>
        <translation>• {name} has been altered: its content no longer matches the hash recorded when it was added.</translation>
    </message>
    <message>
        <source>• {name} is missing from the store.</source>
        <translation>• {name} is missing from the store.</translation>
    </message>
    <message>
        <source>• {name}: the database no longer says what the journal recorded for it (its hash, size or kind was edited outside the app).</source>
        <translation>• {name}: the database no longer says what the journal recorded for it (its hash, size or kind was edited outside the app).</translation>
    </message>
    <message>
        <source>• {name}: the recording differs from the checkpoints journalled while it was filmed.</source>
        <translation>• {name}: the recording differs from the checkpoints journalled while it was filmed.</translation>
    </message>
    <message>
        <source>• The journal is broken at entry {seq}.</source>
        <translation>• The journal is broken at entry {seq}.</translation>
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
        <translation>Other shop</translation>
    </message>
    <message>
        <source>Damaged or faulty item</source>
        <translation>Damaged or faulty item</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>Lost or late delivery</source>
        <translation>Lost or late delivery</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>Wrong item or quantity</translation>
    </message>
    <message>
        <source>Platform refunded, seller refuses</source>
        <translation>Platform refunded, seller refuses</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Other problem</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>Refund only</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Unboxing video</source>
        <translation>Unboxing video</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>Screen recording</translation>
    </message>
    <message>
        <source>Web page capture</source>
        <translation>Web page capture</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Chat text</source>
        <translation>Chat text</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <source>All evidence</source>
        <translation>All evidence</translation>
    </message>
    <message>
        <source>Unboxing and videos</source>
        <translation>Unboxing and videos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Chats and screenshots</source>
        <translation>Chats and screenshots</translation>
    </message>
    <message>
        <source>Documents and other</source>
        <translation>Documents and other</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <source>Pasted from clipboard</source>
        <translation>Pasted from clipboard</translation>
    </message>
    <message>
        <source>Dropped into the app</source>
        <translation>Dropped into the app</translation>
    </message>
    <message>
        <source>Recorded in the app</source>
        <translation>Recorded in the app</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>From a phone</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Captured from the web</source>
        <translation>Captured from the web</translation>
    </message>
    <message>
        <source>Recovered (found without a case)</source>
        <translation>Recovered (found without a case)</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Case edited</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Evidence added</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>Evidence edited</translation>
    </message>
    <message>
        <source>Evidence hidden</source>
        <translation>Evidence hidden</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>Exhibits reordered</source>
        <translation>Exhibits reordered</translation>
    </message>
    <message>
        <source>Verification run</source>
        <translation>Verification run</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Recording started</translation>
    </message>
    <message>
        <source>Checklist step marked</source>
        <translation>Checklist step marked</translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation>Recording interrupted</translation>
    </message>
    <message>
        <source>Recording finished</source>
        <translation>Recording finished</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <source>Deadline added</source>
        <translation>Deadline added</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>Deadline changed</translation>
    </message>
    <message>
        <source>Deadline removed</source>
        <translation>Deadline removed</translation>
    </message>
    <message>
        <source>Dispute event</source>
        <translation>Dispute event</translation>
    </message>
    <message>
        <source>Evidence tagged</source>
        <translation>Evidence tagged</translation>
    </message>
    <message>
        <source>Text recognised</source>
        <translation>Text recognised</translation>
    </message>
    <message>
        <source>Recording checkpoint</source>
        <translation>Recording checkpoint</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Recording failed</translation>
    </message>
    <message>
        <source>Share copy made</source>
        <translation>Share copy made</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>Trusted timestamp</translation>
    </message>
    <message>
        <source>Clean-up at start</source>
        <translation>Clean-up at start</translation>
    </message>
    <message>
        <source>Damaged stored copy repaired</source>
        <translation>Damaged stored copy repaired</translation>
    </message>
    <message>
        <source>the file name claims another type than its content</source>
        <translation>the file name claims another type than its content</translation>
    </message>
    <message>
        <source>may have been edited (an editing app is named in its metadata)</source>
        <translation>may have been edited (an editing app is named in its metadata)</translation>
    </message>
    <message>
        <source>re-encoded copy without camera metadata: the phone&apos;s original is stronger</source>
        <translation>re-encoded copy without camera metadata: the phone&apos;s original is stronger</translation>
    </message>
    <message>
        <source>copy saved from a messaging app: the phone&apos;s original is stronger</source>
        <translation>copy saved from a messaging app: the phone&apos;s original is stronger</translation>
    </message>
    <message>
        <source>nearly identical to another picture of this case</source>
        <translation>nearly identical to another picture of this case</translation>
    </message>
    <message>
        <source>damaged metadata: capture time and camera are not reliable</source>
        <translation>damaged metadata: capture time and camera are not reliable</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata</source>
        <translation>from the photo&apos;s metadata</translation>
    </message>
    <message>
        <source>from the photo&apos;s GPS clock</source>
        <translation>from the photo&apos;s GPS clock</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone from its GPS clock</source>
        <translation>from the photo&apos;s metadata, time zone from its GPS clock</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone unknown</source>
        <translation>from the photo&apos;s metadata, time zone unknown</translation>
    </message>
    <message>
        <source>from the photo&apos;s last-modified date (may be an edit)</source>
        <translation>from the photo&apos;s last-modified date (may be an edit)</translation>
    </message>
    <message>
        <source>creation date in the PDF</source>
        <translation>creation date in the PDF</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>time of receiving from the phone</source>
        <translation>time of receiving from the phone</translation>
    </message>
    <message>
        <source>from the video file</source>
        <translation>from the video file</translation>
    </message>
    <message>
        <source>from the file name (agrees with the file date)</source>
        <translation>from the file name (agrees with the file date)</translation>
    </message>
    <message>
        <source>file date only</source>
        <translation>file date only</translation>
    </message>
    <message>
        <source>recorded in the app</source>
        <translation>recorded in the app</translation>
    </message>
    <message>
        <source>time the page was captured</source>
        <translation>time the page was captured</translation>
    </message>
    <message>
        <source>time of pasting</source>
        <translation>time of pasting</translation>
    </message>
    <message>
        <source>The order (number, amount, date)</source>
        <translation>The order (number, amount, date)</translation>
    </message>
    <message>
        <source>Chat with the seller</source>
        <translation>Chat with the seller</translation>
    </message>
    <message>
        <source>The seller&apos;s refusal</source>
        <translation>The seller&apos;s refusal</translation>
    </message>
    <message>
        <source>The defect or damage</source>
        <translation>The defect or damage</translation>
    </message>
    <message>
        <source>The unboxing</source>
        <translation>The unboxing</translation>
    </message>
    <message>
        <source>The product page</source>
        <translation>The product page</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Return waybill</source>
        <translation>Return waybill</translation>
    </message>
    <message>
        <source>Platform&apos;s advance refund</source>
        <translation>Platform&apos;s advance refund</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>Test report</translation>
    </message>
    <message>
        <source>Wrong item received</source>
        <translation>Wrong item received</translation>
    </message>
    <message>
        <source>Platform decision</source>
        <translation>Platform decision</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <source>Buyer protection extended</source>
        <translation>Buyer protection extended</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>order date</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>amount paid</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>seller</translation>
    </message>
    <message>
        <source>store ID</source>
        <translation>store ID</translation>
    </message>
    <message>
        <source>seller&apos;s credit code</source>
        <translation>seller&apos;s credit code</translation>
    </message>
    <message>
        <source>seller&apos;s address</source>
        <translation>seller&apos;s address</translation>
    </message>
    <message>
        <source>waybill number</source>
        <translation>waybill number</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>delivery date</translation>
    </message>
    <message>
        <source>what went wrong</source>
        <translation>what went wrong</translation>
    </message>
    <message>
        <source>what you ask for</source>
        <translation>what you ask for</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>seller&apos;s refusal</source>
        <translation>seller&apos;s refusal</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>facts</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>what it proves</source>
        <translation>what it proves</translation>
    </message>
    <message>
        <source>exhibit order</source>
        <translation>exhibit order</translation>
    </message>
    <message>
        <source>shown in the dossier</source>
        <translation>shown in the dossier</translation>
    </message>
    <message>
        <source>time of adding</source>
        <translation>time of adding</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search title, order no., seller, waybill…</source>
        <translation>Search title, order no., seller, waybill…</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Select a case on the left, or create a new one.</source>
        <translation>Select a case on the left, or create a new one.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{n} file(s) found that belong to no case. They are kept safe; attach them to a case with “evidenceapp recover CASE --all”.</source>
        <translation>{n} file(s) found that belong to no case. They are kept safe; attach them to a case with “evidenceapp recover CASE --all”.</translation>
    </message>
    <message>
        <source>The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab.</source>
        <translation>The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab.</translation>
    </message>
    <message>
        <source>Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime.</source>
        <translation>Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime.</translation>
    </message>
    <message>
        <source>evidenceapp — evidence for refund disputes</source>
        <translation>evidenceapp — evidence for refund disputes</translation>
    </message>
    <message>
        <source>{case} — {app}</source>
        <translation>{case} — {app}</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot or chat</source>
        <translation>&amp;Paste screenshot or chat</translation>
    </message>
    <message>
        <source>&amp;Record unboxing</source>
        <translation>&amp;Record unboxing</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>&amp;Export dossier…</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verify now</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Open a &amp;demo case</source>
        <translation>Open a &amp;demo case</translation>
    </message>
    <message>
        <source>Receive from &amp;phone…</source>
        <translation>Receive from &amp;phone…</translation>
    </message>
    <message>
        <source>Verify a &amp;bundle…</source>
        <translation>Verify a &amp;bundle…</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Creating the demo case (filming a short unboxing)…</source>
        <translation>Creating the demo case (filming a short unboxing)…</translation>
    </message>
    <message>
        <source>Finish the recording before changing the settings.</source>
        <translation>Finish the recording before changing the settings.</translation>
    </message>
    <message>
        <source>About evidenceapp</source>
        <translation>About evidenceapp</translation>
    </message>
    <message>
        <source>evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.</source>
        <translation>evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>One case per disputed order. You can fill in the other details later.</source>
        <translation>One case per disputed order. You can fill in the other details later.</translation>
    </message>
    <message>
        <source>e.g. Cracked mug from the flagship store</source>
        <translation>e.g. Cracked mug from the flagship store</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>Seller or store name</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Please enter a title and the order number.</source>
        <translation>Please enter a title and the order number.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>Seller or store name</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>Store ID</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 characters, if known</source>
        <translation>18 characters, if known</translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation>Seller address</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>What you ask for</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the seller said when refusing, word for word</source>
        <translation>What the seller said when refusing, word for word</translation>
    </message>
    <message>
        <source>Seller&apos;s refusal</source>
        <translation>Seller&apos;s refusal</translation>
    </message>
    <message>
        <source>What happened, in order, with dates</source>
        <translation>What happened, in order, with dates</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Your dispute</source>
        <translation>Your dispute</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Add event…</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>Add deadline…</translation>
    </message>
    <message>
        <source>Evidence still missing</source>
        <translation>Evidence still missing</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Times in {zone}</translation>
    </message>
    <message>
        <source>Next step: {title}</source>
        <translation>Next step: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>Timeline (%n event)</numerusform>
            <numerusform>Timeline (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add each step as it happens (you asked for a refund, the seller refused, the platform decided…): the deadlines and the next step follow.</source>
        <translation>Nothing recorded yet. Add each step as it happens (you asked for a refund, the seller refused, the platform decided…): the deadlines and the next step follow.</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines (%n)</source>
        <translation>
            <numerusform>Deadlines (%n)</numerusform>
            <numerusform>Deadlines (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Suggested: {label} — {due}</source>
        <translation>Suggested: {label} — {due}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>No deadline yet.</source>
        <translation>No deadline yet.</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs in the chat (%n)</source>
        <translation>
            <numerusform>Warning signs in the chat (%n)</numerusform>
            <numerusform>Warning signs in the chat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier answers:</source>
        <translation>The dossier answers:</translation>
    </message>
    <message>
        <source>Would strengthen it:</source>
        <translation>Would strengthen it:</translation>
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
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Answer to the seller</source>
        <translation>Answer to the seller</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Evidence ready: {percent} %</source>
        <translation>Evidence ready: {percent} %</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
</context>
<context>
    <name>PhoneCameraDialog</name>
    <message>
        <source>Phone as camera</source>
        <translation>Phone as camera</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera app, open the page, accept the certificate warning if its fingerprint is the one below, then tap “Start the camera”. The recording starts when the first picture arrives.</source>
        <translation>Scan this code with the phone&apos;s camera app, open the page, accept the certificate warning if its fingerprint is the one below, then tap “Start the camera”. The recording starts when the first picture arrives.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fp}</source>
        <translation>Certificate fingerprint (SHA-256): {fp}</translation>
    </message>
    <message>
        <source>Waiting for the phone…</source>
        <translation>Waiting for the phone…</translation>
    </message>
</context>
<context>
    <name>ProgressHost</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivePhoneDialog</name>
    <message>
        <source>Receive from phone</source>
        <translation>Receive from phone</translation>
    </message>
    <message>
        <source>The network address the phone connects to: the phone must be on the same Wi-Fi.</source>
        <translation>The network address the phone connects to: the phone must be on the same Wi-Fi.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>New link</translation>
    </message>
    <message>
        <source>1. Connect the phone to the same Wi-Fi as this computer.
2. Scan the code with the phone&apos;s camera and open the link.
3. Pick photos and videos and send them. They appear here and in the case as they arrive, with the SHA-256 computed on arrival.</source>
        <translation>1. Connect the phone to the same Wi-Fi as this computer.
2. Scan the code with the phone&apos;s camera and open the link.
3. Pick photos and videos and send them. They appear here and in the case as they arrive, with the SHA-256 computed on arrival.</translation>
    </message>
    <message>
        <source>What arrives is exactly what the phone&apos;s browser sends: some phones convert HEIC photos to JPEG or compress videos on the way. Check the format and EXIF columns; if the capture metadata is missing, send the original from the phone&apos;s file manager or with a cable.</source>
        <translation>What arrives is exactly what the phone&apos;s browser sends: some phones convert HEIC photos to JPEG or compress videos on the way. Check the format and EXIF columns; if the capture metadata is missing, send the original from the phone&apos;s file manager or with a cable.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Stop receiving and close</translation>
    </message>
    <message>
        <source>The link has expired. Press “New link” to receive more files.</source>
        <translation>The link has expired. Press “New link” to receive more files.</translation>
    </message>
    <message>
        <source>The link works for {minutes}:{seconds} more, and only while this window is open.</source>
        <translation>The link works for {minutes}:{seconds} more, and only while this window is open.</translation>
    </message>
    <message>
        <source>(upload)</source>
        <translation>(upload)</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>Receiving… {mb} MB</source>
        <translation>Receiving… {mb} MB</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Already in the case</source>
        <translation>Already in the case</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No capture metadata arrived: the phone may have converted or re-saved the file.</source>
        <translation>No capture metadata arrived: the phone may have converted or re-saved the file.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>{count} file(s) received into this case.</source>
        <translation>{count} file(s) received into this case.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Camera {n}</source>
        <translation>Camera {n}</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>Test pattern (no camera)</translation>
    </message>
    <message>
        <source>Video file as camera…</source>
        <translation>Video file as camera…</translation>
    </message>
    <message>
        <source>● Start recording</source>
        <translation>● Start recording</translation>
    </message>
    <message>
        <source>■ Stop and keep</source>
        <translation>■ Stop and keep</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Checklist — click each step as you show it (keys 1–9)</source>
        <translation>Checklist — click each step as you show it (keys 1–9)</translation>
    </message>
    <message>
        <source>Pause (marker)</source>
        <translation>Pause (marker)</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>This screen</translation>
    </message>
    <message>
        <source>A window…</source>
        <translation>A window…</translation>
    </message>
    <message>
        <source>Phone camera (QR code)</source>
        <translation>Phone camera (QR code)</translation>
    </message>
    <message>
        <source>Network camera or phone app (address)…</source>
        <translation>Network camera or phone app (address)…</translation>
    </message>
    <message>
        <source>Show the account name or ID and the order page first, then scroll the chat from its very first message, the refusal and the logistics page. The clock and order number are added below the picture, never over it. Never type your password while recording.</source>
        <translation>Show the account name or ID and the order page first, then scroll the chat from its very first message, the refusal and the logistics page. The clock and order number are added below the picture, never over it. Never type your password while recording.</translation>
    </message>
    <message>
        <source>Keep filming in one continuous take: a pause is only a marker, never a cut. Show the label, all six sides and the seal before opening.</source>
        <translation>Keep filming in one continuous take: a pause is only a marker, never a cut. Show the label, all six sides and the seal before opening.</translation>
    </message>
    <message>
        <source>Buttons and checklist in {ui}; the clock, order number and step names burned into the video are in {video}, the language of this case&apos;s dossier.</source>
        <translation>Buttons and checklist in {ui}; the clock, order number and step names burned into the video are in {video}, the language of this case&apos;s dossier.</translation>
    </message>
    <message>
        <source>Recording: click “Stop and keep” to end the take.</source>
        <translation>Recording: click “Stop and keep” to end the take.</translation>
    </message>
    <message>
        <source>Video to use as the camera</source>
        <translation>Video to use as the camera</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.webm)</source>
        <translation>Videos (*.mp4 *.mov *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Record a window</source>
        <translation>Record a window</translation>
    </message>
    <message>
        <source>Window to record:</source>
        <translation>Window to record:</translation>
    </message>
    <message>
        <source>Title of the window to record (or part of it):</source>
        <translation>Title of the window to record (or part of it):</translation>
    </message>
    <message>
        <source>The camera is not allowed for this app: allow it in the system&apos;s privacy settings, then start again.</source>
        <translation>The camera is not allowed for this app: allow it in the system&apos;s privacy settings, then start again.</translation>
    </message>
    <message>
        <source>Starting the screen recording…</source>
        <translation>Starting the screen recording…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Network camera</source>
        <translation>Network camera</translation>
    </message>
    <message>
        <source>Address of the video stream, as the camera or the phone app shows it (rtsp://… or http://…/video):</source>
        <translation>Address of the video stream, as the camera or the phone app shows it (rtsp://… or http://…/video):</translation>
    </message>
    <message>
        <source>Waiting for the phone&apos;s camera…</source>
        <translation>Waiting for the phone&apos;s camera…</translation>
    </message>
    <message>
        <source>Saved “{name}”: {duration} s with {marks} checklist markers. It is in the Evidence tab.</source>
        <translation>Saved “{name}”: {duration} s with {marks} checklist markers. It is in the Evidence tab.</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Saving the recording…</translation>
    </message>
    <message>
        <source>{frames} frames · {dropped} dropped</source>
        <translation>{frames} frames · {dropped} dropped</translation>
    </message>
    <message>
        <source>The recording stopped by itself; saving what was recorded.</source>
        <translation>The recording stopped by itself; saving what was recorded.</translation>
    </message>
    <message>
        <source>Resume (marker)</source>
        <translation>Resume (marker)</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● RECORDING</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <source>Press Start: the preview shows exactly what is written to the video, with the clock and order number burned in.</source>
        <translation>Press Start: the preview shows exactly what is written to the video, with the clock and order number burned in.</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>This makes a zip file of the app&apos;s log files and its version, for you to send with a short description of what happened.

It contains only the logs: none of your photos, videos, chat screenshots or case details.</source>
        <translation>This makes a zip file of the app&apos;s log files and its version, for you to send with a short description of what happened.

It contains only the logs: none of your photos, videos, chat screenshots or case details.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Save in</translation>
    </message>
    <message>
        <source>Create the report</source>
        <translation>Create the report</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>Save the report in</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved in {folder}: {reason}</source>
        <translation>The report could not be saved in {folder}: {reason}</translation>
    </message>
    <message>
        <source>Creating the problem report…</source>
        <translation>Creating the problem report…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Recording size</source>
        <translation>Recording size</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Timestamp server (TSA) URL</source>
        <translation>Timestamp server (TSA) URL</translation>
    </message>
    <message>
        <source>Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported.</source>
        <translation>Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported.</translation>
    </message>
    <message>
        <source>A certificate is set; choose a file to replace it</source>
        <translation>A certificate is set; choose a file to replace it</translation>
    </message>
    <message>
        <source>PEM file of the TSA&apos;s CA certificate</source>
        <translation>PEM file of the TSA&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>TSA CA certificate</source>
        <translation>TSA CA certificate</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Signing key fingerprint</translation>
    </message>
    <message>
        <source>This computer&apos;s Ed25519 key signs every export; the same fingerprint is printed in each dossier.</source>
        <translation>This computer&apos;s Ed25519 key signs every export; the same fingerprint is printed in each dossier.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Used as the complainant&apos;s details in dossiers (e.g. a 12315 complaint). Stored only on this computer.</source>
        <translation>Used as the complainant&apos;s details in dossiers (e.g. a 12315 complaint). Stored only on this computer.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Play</source>
        <translation>Play</translation>
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
        <translation>Files in the bundle</translation>
    </message>
    <message>
        <source>Exhibits against the journal</source>
        <translation>Exhibits against the journal</translation>
    </message>
    <message>
        <source>File checksums (SHA256SUMS)</source>
        <translation>File checksums (SHA256SUMS)</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Signed manifest</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Custody journal chain</source>
        <translation>Custody journal chain</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>Trusted timestamp</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>PDF signature</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>Verify a bundle</translation>
    </message>
    <message>
        <source>Checks an exported bundle (.zip) on its own, as a reviewer would: every file against SHA256SUMS, the custody journal&apos;s chain, the signatures and the trusted timestamp. Nothing in your cases is read or changed.</source>
        <translation>Checks an exported bundle (.zip) on its own, as a reviewer would: every file against SHA256SUMS, the custody journal&apos;s chain, the signatures and the trusted timestamp. Nothing in your cases is read or changed.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Bundles (*.zip)</translation>
    </message>
    <message>
        <source>Choose the bundle&apos;s .zip file first.</source>
        <translation>Choose the bundle&apos;s .zip file first.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation>Verifying the bundle…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ passed</translation>
    </message>
    <message>
        <source>✘ FAILED</source>
        <translation>✘ FAILED</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– not checked</translation>
    </message>
    <message>
        <source>✔ The bundle is intact: {passed} check(s) passed.</source>
        <translation>✔ The bundle is intact: {passed} check(s) passed.</translation>
    </message>
    <message>
        <source>{count} could not be made (see the list).</source>
        <translation>{count} could not be made (see the list).</translation>
    </message>
    <message>
        <source>✘ The bundle failed {count} check(s):</source>
        <translation>✘ The bundle failed {count} check(s):</translation>
    </message>
    <message>
        <source>• {check}: {part}</source>
        <translation>• {check}: {part}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Checklist markers</source>
        <translation>Checklist markers</translation>
    </message>
</context>
</TS>
