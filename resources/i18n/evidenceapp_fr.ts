<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseListModel</name>
    <message>
        <source>Seller: {seller}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the crack was there when the parcel was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this item?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item stays in the store and in the journal, but it is left out of the list and of dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Keep the proof for your refund dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case per disputed order. Three steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film the unboxing in one continuous take: the clock and order number are burned into the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be found: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{key}” matches several entries. Please be more specific.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value entered for “{field}” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder no longer exists: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ordinary file and was skipped: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder links back to itself and was skipped: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of file is not supported: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {path}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence was saved by a newer version of the app. Please update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence database is damaged. Your original files are untouched; see the details and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was stored, but its details (date, camera) could not be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the details of {path} took too long; the file was stored without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send the log file with a short description of what you did: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image or file to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasting screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {dups} already in the case, {errors} could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({source}), SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {count} files intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} exhibits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Verification found {count} problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name} has been altered: its content no longer matches the hash recorded when it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name} is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The journal is broken at entry {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Taobao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AliExpress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or faulty item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or late delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform refunded, seller refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unboxing video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unboxing and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats and screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped into the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist step marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search title, order no., seller, waybill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case on the left, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidenceapp — evidence for refund disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record unboxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About evidenceapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One case per disputed order. You can fill in the other details later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cracked mug from the flagship store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a title and the order number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the seller said when refusing, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in order, with dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the unboxing in one continuous take (Record tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add close-up photos of the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshots of your chat with the seller (Ctrl+V pastes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the seller and order details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the journal, then export a dossier for the channel you escalate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items: {photos} photos, {chat} chats, {videos} videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressHost</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp server (TSA) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as the complainant&apos;s details in dossiers (e.g. a 12315 complaint). Stored only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
