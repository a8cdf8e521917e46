"""Fixed text of the dossiers in zh_CN, en and fr. User-entered text is printed as typed, never translated."""

from __future__ import annotations

from ..core.langs import LANGS

__all__ = ["LANGS", "has", "t"]

# key: (zh_CN, en, fr)
_T: dict[str, tuple[str, str, str]] = {
    "blank": ("【待填写】", "[to fill in]", "[à compléter]"),
    "blank_optional": ("【如知道请填写】", "[fill in if known]", "[à compléter si connu]"),
    "page_x_of_y": ("第 {x} 页 / 共 {y} 页", "Page {x} of {y}", "Page {x} sur {y}"),
    # titles
    "title_platform": ("申请平台介入 · 证据材料", "Request for platform intervention — evidence dossier",
                       "Demande d'intervention de la plateforme — dossier de preuves"),
    "title_12315": (
        "投 诉 书",
        "Complaint to the market regulator (12315)",
        "Plainte auprès du régulateur du marché (12315)"),
    "title_fr-notice": ("催告函（挂号信）", "Formal notice (registered letter with acknowledgement of receipt)",
                        "Mise en demeure — lettre recommandée avec accusé de réception"),
    "title_chargeback": ("持卡人争议声明", "Cardholder dispute statement", "Déclaration de contestation du porteur"),
    # cover / parties
    "case_facts": ("案件概要", "Case summary", "Résumé du dossier"),
    "platform": ("平台", "Platform", "Plateforme"),
    "order_no": ("订单号", "Order number", "Numéro de commande"),
    "order_date": ("下单时间", "Order date", "Date de commande"),
    "delivered_at": ("签收时间", "Delivered on", "Livré le"),
    "amount": ("金额", "Amount", "Montant"),
    "waybill": ("运单号", "Tracking number", "Numéro de suivi"),
    "carrier": ("承运商", "Carrier", "Transporteur"),
    "dispute": ("争议类型", "Dispute", "Type de litige"),
    "seller": ("卖家/店铺", "Seller / store", "Vendeur / boutique"),
    "buyer": ("买家", "Buyer", "Acheteur"),
    "cardholder": ("持卡人", "Cardholder", "Titulaire de la carte"),
    "request": ("请求", "Request", "Demande"),
    "complainant": (
        "投诉人",
        "Complainant",
        "Plaignant"),
    "respondent": (
        "被投诉人",
        "Respondent",
        "Mis en cause"),
    "name": ("姓名", "Name", "Nom"),
    "phone": ("电话", "Phone", "Téléphone"),
    "address": ("地址", "Address", "Adresse"),
    "email": ("电子邮箱", "E-mail", "Courriel"),
    "id_number": ("身份证号", "ID number", "N° de pièce d'identité"),
    "seller_name": (
        "店铺名称",
        "Shop name",
        "Nom de la boutique"),
    "seller_address": ("地址", "Address", "Adresse"),
    "credit_code": ("统一社会信用代码", "Unified social credit code (统一社会信用代码)",
                    "Code de crédit social unifié (统一社会信用代码)"),
    "store_id": ("店铺ID", "Store ID", "Identifiant de la boutique"),
    # sections
    "timeline": ("事实经过（时间线）", "Timeline of facts", "Chronologie des faits"),
    "refusal": ("卖家拒绝理由及我方答复", "The seller's refusal and our answer", "Le refus du vendeur et notre réponse"),
    "refusal_reason": ("卖家拒绝理由", "The seller's stated reason", "Motif invoqué par le vendeur"),
    "our_answer": ("我方答复", "Our answer", "Notre réponse"),
    "answer_source": ("依据", "Basis", "Source"),
    "no_refusal": ("（卖家尚未说明拒绝理由）", "(the seller gave no reason)", "(le vendeur n'a donné aucun motif)"),
    "rule_relied": ("所依据的平台规则", "Platform rule relied on", "Règle de la plateforme invoquée"),
    "exhibits": (
        "证据目录",
        "List of exhibits",
        "Liste des pièces"),
    "integrity": ("完整性说明（附录）", "Integrity appendix", "Annexe — intégrité"),
    "complaint_request": (
        "投诉请求",
        "Request",
        "Demande"),
    "facts_reasons": (
        "事实与理由",
        "Facts and reasons",
        "Faits et motifs"),
    "legal_basis": (
        "法律依据",
        "Legal basis",
        "Fondement juridique"),
    "legal_basis_plain": ("法律依据", "Legal basis", "Fondement juridique"),
    "evidence_list_12315": (
        "证据目录",
        "List of exhibits",
        "Liste des pièces"),
    "to_authority": (
        "此致",
        "To",
        "À l'attention de"),
    "authority_default": (
        "【待填写：被投诉人实际经营地或平台住所地的县级市场监督管理局】",
        "[to fill in: the county-level market regulation bureau of the respondent's actual place of business or of the platform's seat]",
        "[à compléter : bureau de régulation du marché du district où le mis en cause exerce réellement, ou du siège de la plateforme]"),
    "signature": ("投诉人（签名）：", "Complainant (signature):", "Le plaignant (signature) :"),
    "date": ("日期：", "Date:", "Date :"),
    "attachments": (
        "附件",
        "Attachments",
        "Pièces jointes"),
    "attachments_text": (
        "1. 证据材料{n}份（见证据目录，已编入本投诉书PDF）；2. 原始文件及其SHA-256哈希值由投诉人保存，可应要求提供。",
        "1. {n} exhibits (see the list of exhibits; printed in this PDF); 2. the original files and their SHA-256 hashes are kept by the complainant and can be provided on request.",
        "1. {n} pièces (voir la liste des pièces ; reproduites dans ce PDF) ; 2. les fichiers originaux et leurs empreintes SHA-256 sont conservés par le plaignant et peuvent être fournis sur demande."),
    "report_clues": (
        "举报线索",
        "Leads for the regulator",
        "Indices pour le régulateur"),
    "report_clues_intro": ("以下线索供市场监督管理部门核查经营者是否存在违法行为（与上述投诉请求分开处理）：",
                           "Leads for the regulator to check whether the trader broke the law (handled apart "
                           "from the complaint above):",
                           "Indices permettant au régulateur de vérifier si le professionnel a enfreint la loi "
                           "(traités à part de la plainte ci-dessus) :"),
    # exhibit list columns
    "col_no": ("序号", "No.", "N°"),
    "col_title": ("证据名称", "Exhibit", "Pièce"),
    "col_source": ("证据来源", "Source", "Origine"),
    "col_time": ("形成时间", "Captured", "Date de capture"),
    "col_proves": ("证明目的", "What it proves", "Ce qu'elle prouve"),
    "col_page": ("页码", "Page", "Page"),
    "col_sha": ("SHA-256", "SHA-256", "SHA-256"),
    "exhibit_n": ("证据{n}", "Exhibit {n}", "Pièce {n}"),
    # exhibit metadata
    "m_kind": ("类型", "Kind", "Type"),
    "m_original": ("原始文件名", "Original file name", "Nom de fichier d'origine"),
    "m_captured": ("拍摄/形成时间", "Capture time", "Date de capture"),
    "m_camera": ("设备", "Device", "Appareil"),
    "m_size": ("尺寸/大小", "Dimensions / size", "Dimensions / taille"),
    "m_gps": ("位置", "Location", "Position"),
    "m_imported": ("导入时间", "Added", "Ajouté le"),
    "m_bundle": ("原始文件在证据包中", "Original in the bundle", "Original dans l'archive"),
    "m_note": ("备注", "Note", "Note"),
    "m_transcript": ("通话内容（文字记录）", "What was said (typed transcript)", "Ce qui a été dit (transcription)"),
    "m_duration": ("时长/帧数", "Duration / frames", "Durée / images"),
    "m_flags": ("提示", "Flags", "Signalements"),
    "continued": ("（续，第{i}/{n}部分；相邻部分有重叠，不丢失内容）",
                  "(continued, part {i} of {n}; parts overlap so that no line is lost)",
                  "(suite, partie {i} sur {n} ; les parties se chevauchent pour ne perdre aucune ligne)"),
    "print_copy": ("打印用缩小副本；原始文件见证据包。", "Reduced copy for print; the original is in the bundle.",
                   "Copie réduite pour l'impression ; l'original est dans l'archive."),
    "contact_sheet": ("开箱录像关键帧（标记点）", "Unboxing recording — keyframes at the markers",
                      "Enregistrement du déballage — images clés aux repères"),
    "no_preview": ("此类文件无法在PDF中显示，原始文件见证据包：{arc}",
                   "This file cannot be shown in the PDF; the original is in the bundle: {arc}",
                   "Ce fichier ne peut pas être affiché dans le PDF ; l'original est dans l'archive : {arc}"),
    "unreadable": ("无法解码此文件用于显示（原始文件见证据包）。", "Could not decode this file for display (the "
                   "original is in the bundle).", "Impossible de décoder ce fichier pour l'affichage (l'original est "
                   "dans l'archive)."),
    # timeline events
    "ev_order": ("下单", "Order placed", "Commande passée"),
    "ev_delivered": ("签收", "Parcel delivered / signed for", "Colis livré / signé"),
    "ev_unboxing": ("开箱录像：{t}", "Unboxing recording: {t}", "Enregistrement du déballage : {t}"),
    "ev_video": ("视频：{t}", "Video: {t}", "Vidéo : {t}"),
    "ev_screen": ("录屏：{t}", "Screen recording: {t}", "Enregistrement d'écran : {t}"),
    "ev_web": ("网页取证：{t}", "Web page captured: {t}", "Page web capturée : {t}"),
    "ev_audio": ("通话录音：{t}", "Call recording: {t}", "Enregistrement d'appel : {t}"),
    "a_call": ("与 {p} 通话", "call with {p}", "appel avec {p}"),
    "a_duration": ("时长 {d}", "{d} long", "durée {d}"),
    "a_said": ("通话内容：", "What was said: ", "Ce qui a été dit : "),
    "ev_chat": ("聊天记录：{t}", "Chat: {t}", "Échange : {t}"),
    "ev_photo": ("照片：{t}", "Photo: {t}", "Photo : {t}"),
    "ev_document": ("文件：{t}", "Document: {t}", "Document : {t}"),
    "ev_refusal": ("卖家拒绝：{t}", "Seller refused: {t}", "Refus du vendeur : {t}"),
    "ev_escalation": ("升级处理：{t}", "Escalation: {t}", "Escalade : {t}"),
    "ev_other": ("{t}", "{t}", "{t}"),
    "time_unknown": ("时间不明", "time unknown", "date inconnue"),
    "time_source": ("来源：{s}", "source: {s}", "source : {s}"),
    # where a capture time comes from (item.captured_at_source), with how far it can be trusted
    "ts_exif": ("时间取自照片元数据（含时区）", "time from the photo's metadata, with its time zone",
                "heure tirée des métadonnées de la photo, avec son fuseau"),
    "ts_exif_gps": ("时间取自照片的卫星定位时钟", "time from the photo's GPS clock",
                    "heure tirée de l'horloge GPS de la photo"),
    "ts_exif_gps_offset": ("时间取自照片元数据，时区由卫星定位时钟推算", "time from the photo's metadata, time zone "
                           "worked out from its GPS clock", "heure tirée des métadonnées de la photo, fuseau déduit "
                           "de son horloge GPS"),
    "ts_exif_local": ("时间取自照片元数据，时区不明", "time from the photo's metadata, time zone unknown",
                      "heure tirée des métadonnées de la photo, fuseau inconnu"),
    "ts_exif_datetime": ("时间取自照片的修改时间（可能是编辑时间），可信度较低", "time from the photo's last-modified "
                         "date (may be an edit), less reliable", "heure tirée de la date de modification de la photo "
                         "(peut-être une retouche), moins fiable"),
    "ts_pdf_created": ("时间取自PDF的创建日期", "time from the PDF's creation date", "heure tirée de la date de "
                       "création du PDF"),
    "ts_container": ("时间取自视频文件", "time from the video file", "heure tirée du fichier vidéo"),
    "ts_recorder": ("本应用录制时的时间", "time of recording in this app", "heure de l'enregistrement dans "
                    "l'application"),
    "ts_filename": ("时间取自文件名（与文件修改时间相符）", "time from the file name (agrees with the file date)",
                    "heure tirée du nom du fichier (concorde avec la date du fichier)"),
    "ts_file_mtime": ("时间取自文件修改时间，可信度较低", "time from the file's modification date, less reliable",
                      "heure tirée de la date de modification du fichier, moins fiable"),
    "ts_mtime": ("时间取自文件修改时间，可信度较低", "time from the file's modification date, less reliable",
                 "heure tirée de la date de modification du fichier, moins fiable"),
    "ts_phone": ("从手机接收的时间", "time the file was received from the phone", "heure de réception depuis le "
                 "téléphone"),
    "ts_import": ("加入本案的时间", "time the file was added", "heure d'ajout du fichier"),
    "ts_drop": ("加入本案的时间", "time the file was added", "heure d'ajout du fichier"),
    "ts_paste": ("粘贴的时间", "time of pasting", "heure du collage"),
    "ts_demo": ("演示数据", "demo data", "données de démonstration"),
    "col_when": ("时间", "When", "Date"),
    "col_what": ("事件", "What happened", "Événement"),
    "col_exhibit": ("证据", "Exhibit", "Pièce"),
    # integrity
    "integ_text": (
        "每份证据在加入时即计算SHA-256哈希值，并记入哈希链保全日志（每条记录的哈希 = SHA-256(前一条哈希 + 换行 + "
        "该记录的规范JSON)）。原始文件未经任何修改，随附于证据包 {bundle}。",
        "Every exhibit was hashed (SHA-256) when it was added and recorded in a hash-chained custody journal "
        "(each entry's hash = SHA-256(previous hash + newline + the entry's canonical JSON)). The originals, "
        "unmodified, travel in the bundle {bundle}.",
        "Chaque pièce a été empreinte (SHA-256) dès son ajout et consignée dans un journal chaîné (empreinte de "
        "chaque entrée = SHA-256(empreinte précédente + saut de ligne + JSON canonique de l'entrée)). Les "
        "originaux, non modifiés, sont dans l'archive {bundle}."),
    "journal_head": ("保全日志最新哈希", "Journal head hash", "Empreinte de tête du journal"),
    "journal_count": ("日志条数", "Journal entries", "Entrées du journal"),
    "exported_at": ("导出时间", "Exported", "Exporté le"),
    "how_verify": ("校验方法", "How to verify", "Comment vérifier"),
    # form.txt (export/forms.py): field labels of the channels' web forms
    "form_reason": ("申请原因", "Reason", "Motif"),
    "form_description": ("问题描述", "Description", "Description"),
    "form_refund_amount": ("退款金额", "Refund amount", "Montant du remboursement"),
    "form_uploads": ("上传凭证（按顺序）", "Evidence to upload (in this order)", "Pièces à téléverser (dans cet ordre)"),
    "form_company": ("企业", "Company", "Entreprise"),
    "form_attachments": ("附件（按顺序）", "Attachments (in order)", "Pièces jointes (dans cet ordre)"),
    "form_merchant": ("商家", "Merchant", "Commerçant"),
    "form_tx_date": ("交易日期", "Transaction date", "Date de l'opération"),
    "form_amount": ("金额", "Amount", "Montant"),
    "form_dispute_reason": ("争议原因", "Dispute reason", "Motif de la contestation"),
    "form_cardholder_statement": ("持卡人陈述", "Cardholder statement", "Déclaration du porteur"),
    "form_more": ("……（详见所附PDF材料）", "… (see the attached PDF)", "… (voir le PDF joint)"),
    "form_omitted": ("未放入本次上传（超过文件数上限，可另行补充）：",
                     "Not in this upload (over the file limit; add them in a further message):",
                     "Hors de cet envoi (au-delà du nombre de fichiers autorisé ; à joindre dans un message suivant) :"),
    # HOW-TO-VERIFY.txt and the PDF's "how to verify": one text (export/bundle.py how_to_verify, blocks.integrity)
    "htv_title": (
        '证据包核验方法',
        'HOW TO VERIFY THIS EVIDENCE BUNDLE',
        'COMMENT VÉRIFIER CETTE ARCHIVE DE PREUVES',
    ),
    "htv_case": (
        '案件 {order} — 导出时间 {created}',
        'Case {order} — exported {created}',
        'Dossier {order} — exporté le {created}',
    ),
    "htv_intro": (
        'evidence/ 目录中的文件即原始文件，与加入案件时逐字节相同。每个文件在加入时即计算 SHA-256 哈希值，\n并记入哈希链保全日志（journal.jsonl）。',
        'The files in evidence/ are the originals, byte for byte, as they were added to the case. Each was hashed\n(SHA-256) when it was added and recorded in a hash-chained custody journal (journal.jsonl).',
        "Les fichiers du dossier evidence/ sont les originaux, à l'octet près, tels qu'ajoutés au dossier. Chacun a été\nempreint (SHA-256) lors de son ajout et consigné dans un journal chaîné (journal.jsonl).",
    ),
    "htv_steps": (
        "1. 将本证据包解压到一个空目录，并在该目录打开终端（Windows：PowerShell）。\n2. 逐一核对每个文件与 SHA256SUMS 中记录的哈希值：\n   Linux：\n       sha256sum -c --strict SHA256SUMS\n   macOS：\n       shasum -a 256 -c --strict SHA256SUMS\n   每一行都应显示 OK。--strict 使 SHA256SUMS 中任何格式不正确的行也判为失败；它不会发现目录中新增的文件（verify.py 会）。\n   Windows（PowerShell，核对全部文件）：\n       Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { \"OK  $f\" } else { \"FAILED  $f\" } }\n   Windows（单个文件，与 SHA256SUMS 中该文件一行比对）：\n       certutil -hashfile evidence\\01-文件名 SHA256\n3. 使用随附脚本核对哈希值与日志链（Python 3，仅用标准库）：\n       python3 verify.py          （Windows：py verify.py）\n   通过时显示 OK 并以状态 0 退出；否则列出每个被修改、缺失或新增的文件，以及第一条断裂的日志记录。",
        "1. Unzip this bundle into an empty folder and open a terminal there (on Windows: PowerShell).\n2. Check every file against the hash recorded in SHA256SUMS:\n   Linux:\n       sha256sum -c --strict SHA256SUMS\n   macOS:\n       shasum -a 256 -c --strict SHA256SUMS\n   Every line must say OK. --strict also fails the check when a line of SHA256SUMS itself is malformed; it does not notice a file added to the folder (verify.py does).\n   Windows (PowerShell, every file):\n       Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { \"OK  $f\" } else { \"FAILED  $f\" } }\n   Windows (one file; compare with its line in SHA256SUMS):\n       certutil -hashfile evidence\\01-name.jpg SHA256\n3. Check the hashes and the journal chain with the included script (Python 3, standard library only):\n       python3 verify.py          (Windows: py verify.py)\n   It prints OK and exits with status 0, or names each altered, missing or added file and the first broken journal entry.",
        "1. Décompressez l'archive dans un dossier vide et ouvrez un terminal dans ce dossier (sous Windows : PowerShell).\n2. Vérifiez chaque fichier par rapport à l'empreinte inscrite dans SHA256SUMS :\n   Linux :\n       sha256sum -c --strict SHA256SUMS\n   macOS :\n       shasum -a 256 -c --strict SHA256SUMS\n   Chaque ligne doit indiquer OK. --strict fait aussi échouer la vérification si une ligne de SHA256SUMS est mal formée ; il ne détecte pas un fichier ajouté au dossier (verify.py le fait).\n   Windows (PowerShell, tous les fichiers) :\n       Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) { \"OK  $f\" } else { \"FAILED  $f\" } }\n   Windows (un fichier ; comparez avec sa ligne dans SHA256SUMS) :\n       certutil -hashfile evidence\\01-nom.jpg SHA256\n3. Vérifiez les empreintes et la chaîne du journal avec le script fourni (Python 3, bibliothèque standard) :\n       python3 verify.py          (Windows : py verify.py)\n   Il affiche OK et se termine avec le code 0, ou nomme chaque fichier modifié, manquant ou ajouté et la première entrée du journal rompue."),
    "htv_proof": (
        '4. 签名（如有 proof/ 目录）：日志链头与每个文件的哈希值列于 proof/manifest.txt，由导出方安装密钥（Ed25519）签名：\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig\n   如有可信时间戳（proof/manifest.tsr）：\n       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <时间戳服务机构的CA证书>',
        "4. Signatures (when proof/ is present): the custody journal head and every file's hash are listed in\n   proof/manifest.txt, signed with the exporting installation's Ed25519 key:\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig\n   A trusted timestamp, when present (proof/manifest.tsr):\n       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <the TSA's CA certificate>",
        "4. Signatures (si proof/ est présent) : la tête du journal et l'empreinte de chaque fichier figurent dans\n   proof/manifest.txt, signé par la clé Ed25519 de l'installation qui a exporté :\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig\n       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig\n   Horodatage de confiance, s'il existe (proof/manifest.tsr) :\n       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <certificat de l'autorité>",
    ),
    "htv_footer": (
        'case.json 记录的日志链头为 {head}（共 {entries} 条）。\n证据包中的 PDF 材料列出了每份证据及其 SHA-256。',
        'The journal head recorded in case.json is {head} ({entries} entries).\nThe dossier PDF in this bundle lists every exhibit with its SHA-256.',
        'La tête du journal enregistrée dans case.json est {head} ({entries} entrées).\nLe PDF du dossier, dans cette archive, liste chaque pièce avec son SHA-256.',
    ),
    # what the dossier says about its proof (services/proof/signing.proof_lines)
    "proof_clock_ok": (
        '本机时钟相对时间戳服务 {off:+.3f} 秒（± {u:.3f} 秒；+ 表示偏快）',
        'system clock {off:+.3f} s against the timestamp authority (± {u:.3f} s; + = ahead)',
        "horloge du système {off:+.3f} s par rapport à l'autorité d'horodatage (± {u:.3f} s ; + = en avance)",
    ),
    "proof_clock_noconf": (
        '未核对（未配置时间戳服务）',
        'not checked (no timestamp authority configured)',
        "non contrôlée (aucune autorité d'horodatage configurée)",
    ),
    "proof_clock_fail": (
        '未核对（时间戳服务不可用：{reason}）',
        'not checked (the timestamp authority could not be used: {reason})',
        "non contrôlée (autorité d'horodatage injoignable : {reason})",
    ),
    "proof_title": (
        '本材料证明了什么、如何核验',
        'What this dossier proves and how to check it',
        'Ce que prouve ce dossier et comment le vérifier',
    ),
    "proof_sums": (
        '证据包内每个文件的 SHA-256 均列于 SHA256SUMS。',
        'Every file of the bundle is listed with its SHA-256 in SHA256SUMS.',
        "Chaque fichier du lot figure avec son SHA-256 dans SHA256SUMS.",
    ),
    "proof_chain": (
        '保管日志共 {n} 条，逐条哈希链接；链头 {head}。',
        'The custody journal holds {n} entries, each hash-chained to the previous; head {head}.',
        'Le journal de conservation compte {n} entrées chaînées par hachage ; tête {head}.',
    ),
    "proof_sig": (
        '日志链头与每份证据的哈希值由本机安装密钥（Ed25519）签名，公钥指纹 SHA-256 {fp}；SHA256SUMS 亦由该密钥签名。',
        "The journal head and the hash of every evidence file are signed (Ed25519) by this installation's key, fingerprint SHA-256 {fp}; SHA256SUMS is signed by the same key.",
        "La tête du journal et l'empreinte de chaque pièce sont signées (Ed25519) par la clé de cette installation, empreinte SHA-256 {fp} ; SHA256SUMS est signé par la même clé.",
    ),
    "proof_ts": (
        '已由 {tsa} 于 {time}（UTC）加盖 RFC 3161 可信时间戳：证据与日志在该时间已存在。',
        'RFC 3161 trusted timestamp from {tsa} at {time} (UTC): the evidence and journal existed then.',
        'Horodatage de confiance RFC 3161 par {tsa} le {time} (UTC) : les pièces et le journal existaient alors.',
    ),
    "proof_nots": (
        '未加盖时间戳：{reason}。可稍后补盖（evidenceapp timestamp 证据包.zip）。',
        'Not timestamped: {reason}. It can be timestamped later (evidenceapp timestamp BUNDLE.zip).',
        "Non horodaté : {reason}. L'horodatage peut être fait plus tard (evidenceapp timestamp LOT.zip).",
    ),
    "proof_noconf": (
        '未加盖可信时间戳（未配置时间戳服务）：时间依据本机时钟。',
        "No trusted timestamp (no timestamp authority configured): the dates rely on this computer's clock.",
        "Pas d'horodatage de confiance (aucune autorité configurée) : les dates reposent sur l'horloge de cet ordinateur.",
    ),
    "proof_clock": (
        '时钟核对：{clock}。',
        'Clock check: {clock}.',
        "Contrôle de l'horloge : {clock}.",
    ),
    "proof_pdf": (
        '本 PDF 带有 PAdES 签名（自签名证书，SHA-256 {fp}）：证明文件自导出后未被修改，但不证明签名人身份。',
        'This PDF carries a PAdES signature with a self-signed certificate (SHA-256 {fp}): it shows the file is unchanged since export, not who the signer is.',
        "Ce PDF porte une signature PAdES avec un certificat auto-signé (SHA-256 {fp}) : elle montre que le fichier n'a pas changé depuis l'export, pas l'identité du signataire.",
    ),
    # request texts
    "req_refund": ("退还货款 {amount}", "a refund of {amount}", "le remboursement de {amount}"),
    "req_return_refund": (
        "退货并退还货款 {amount}",
        "the return of the item and a refund of {amount}",
        "le retour de l'article et le remboursement de {amount}"),
    "req_replacement": ("更换同款合格商品", "a replacement with a conforming item",
                        "le remplacement par un article conforme"),
    "req_compensation": ("赔偿损失 {amount}", "compensation of {amount}", "une indemnisation de {amount}"),
    "request_sentence": ("请求：{req}。", "I ask for {req}.", "Je demande {req}."),
    "request_platform": (
        "请平台介入，支持买家{req}。",
        "I ask the platform to intervene and decide in favour of {req}.",
        "Je demande à la plateforme d'intervenir et de m'accorder {req}."),
    "request_12315": (
        "1. 请求被投诉人{req}；2. 请求依法调解处理。",
        "1. That the respondent provide {req}; 2. mediation under the applicable rules.",
        "1. Que le mis en cause m'accorde {req} ; 2. une médiation selon les règles applicables."),
    # kinds / sources
    "k_photo": ("照片", "photo", "photo"), "k_screenshot": ("截图", "screenshot", "capture d'écran"),
    "k_video": ("视频", "video", "vidéo"), "k_unboxing": ("开箱录像", "unboxing recording",
                                                      "enregistrement du déballage"),
    "k_document": ("文件", "document", "document"), "k_chat_text": ("聊天文本", "chat text", "texte d'échange"),
    "k_audio": ("录音", "audio", "audio"), "k_other": ("其他", "other", "autre"),
    "k_screen": ("录屏", "screen recording", "enregistrement d'écran"),
    "k_web": ("网页取证", "web page capture", "capture de page web"),
    "s_web": ("本应用采集网页", "captured from the web by this app", "capturé sur le web par l'application"),
    "s_import": ("本人导入", "added from file", "ajouté depuis un fichier"),
    "s_paste": ("粘贴", "pasted", "collé"), "s_drop": ("拖放导入", "dropped in", "déposé"),
    "s_recorder": ("本应用录制", "recorded in this app", "enregistré dans l'application"),
    "s_phone": ("手机导入", "from phone", "depuis le téléphone"), "s_demo": ("演示", "demo", "démo"),
    # fr notice / chargeback
    "fr_place_date": ("{place}，{date}", "{place}, {date}", "{place}, le {date}"),
    "fr_object": ("事由：关于订单{order}的催告", "Subject: formal notice — order {order}",
                  "Objet : mise en demeure — commande n° {order}"),
    "fr_salutation": ("您好：", "Dear Sir or Madam,", "Madame, Monsieur,"),
    "fr_intro": ("本人于{date}在贵方下单（订单号{order}，金额{amount}）。", "On {date} I ordered from you "
                 "(order {order}, {amount}).", "Le {date}, j'ai passé commande auprès de vous (commande "
                 "n° {order}, {amount})."),
    "fr_demand": (
        "特此正式催告贵方在收到本函后{days}日内{req}。",
        "I hereby give you formal notice to provide, within {days} days of receiving this letter, {req}.",
        "Par la présente, je vous mets en demeure de m'accorder, dans un délai de {days} jours à compter de la réception de ce courrier, {req}."),
    "fr_escalate": ("逾期未获处理，本人将向调解员或法院寻求解决，并在SignalConso上报告。",
                    "Failing that, I will refer the matter to the consumer mediator or the court, and report "
                    "it on SignalConso.",
                    "À défaut, je saisirai le médiateur de la consommation ou la juridiction compétente, et je "
                    "signalerai les faits sur SignalConso."),
    "fr_closing": ("此致", "Yours faithfully,", "Veuillez agréer, Madame, Monsieur, l'expression de mes "
                   "salutations distinguées."),
    "facts": ("事实", "Facts", "Faits"),
    "deadline": ("期限", "Deadline", "Délai"),
    "sender": ("寄件人", "Sender", "Expéditeur"),
    "recipient": ("收件人", "Recipient", "Destinataire"),
    "cb_intro": ("本人（持卡人）对以下交易提出争议：", "I, the cardholder, dispute the following transaction:",
                 "Je soussigné(e), titulaire de la carte, conteste l'opération suivante :"),
    "cb_tried": ("本人已先尝试与商家解决（聊天记录见证据目录），未果。",
                 "I first tried to settle with the merchant (the chat is in the list of exhibits), without "
                 "success.", "J'ai d'abord tenté de régler le litige avec le commerçant (échanges dans la liste "
                 "des pièces), sans succès."),
    "cb_declare": ("本人声明以上内容属实。", "I declare that the above is true.",
                   "Je certifie l'exactitude des informations ci-dessus."),
    "merchant": ("商家", "Merchant", "Commerçant"),
    "reason_code": (
        "拒付原因代码",
        "Reason code",
        "Code motif"),
    "missing_title": ("尚缺信息（请补充后重新导出）", "Missing information (add it and export again)",
                      "Informations manquantes (complétez puis exportez à nouveau)"),
    "clue_intro_seller": ("被举报经营者：{s}", "Trader concerned: {s}", "Professionnel concerné : {s}"),
    "clue_quality": ("销售的商品存在质量问题，且拒绝履行退货、更换、修理义务。",
                     "Sold defective goods and refuses to take them back, replace or repair them.",
                     "A vendu un produit défectueux et refuse de le reprendre, remplacer ou réparer."),
    "clue_not_as_described": ("商品与宣传描述明显不符，涉嫌虚假宣传。",
                              "The goods differ clearly from how they were advertised (possible false advertising).",
                              "Le produit diffère nettement de sa présentation (publicité mensongère possible)."),
    "clue_logistics": ("未按约定交付商品，且拒绝退款。", "Did not deliver as agreed and refuses a refund.",
                       "N'a pas livré comme convenu et refuse le remboursement."),
    "clue_wrong_item": ("错发、漏发商品且拒不处理。", "Sent the wrong item or quantity and refuses to put it right.",
                        "A envoyé un mauvais article ou une mauvaise quantité et refuse d'y remédier."),
    "clue_advance_refund_refused": ("平台先行垫付后，拒不承担退款责任。",
                                    "Refuses to bear the refund after the platform advanced it.",
                                    "Refuse d'assumer le remboursement avancé par la plateforme."),
    "clue_other": ("拒绝处理消费者的合理售后请求。", "Refuses to deal with the consumer's reasonable after-sales request.",
                   "Refuse de traiter la demande après-vente raisonnable du consommateur."),
    "clue_refusal": ("拒绝理由：{r}", "Stated reason for refusing: {r}", "Motif de refus invoqué : {r}"),
    "clue_evidence": (
        "证据：见证据目录（证据1–{n}）；原始文件及哈希值由投诉人保存，可应要求提供。",
        "Evidence: see the list of exhibits (1–{n}); the originals and their hashes can be provided on request.",
        "Preuves : voir la liste des pièces (1 à {n}) ; les originaux et leurs empreintes peuvent être fournis sur demande."),
    "proves_photo": ("收货时商品的状况", "the condition of the goods on receipt", "l'état du produit à réception"),
    "proves_screenshot": ("与卖家沟通及卖家拒绝的经过", "the exchanges with the seller and the refusal",
                          "les échanges avec le vendeur et son refus"),
    "proves_unboxing_imported": ("拆开包裹的过程及商品在拆封时的状况", "the opening of the parcel and the goods' condition "
                                 "when opened", "l'ouverture du colis et l'état du produit à l'ouverture"),
    "proves_unboxing": ("包裹从未拆封到拆开的连续过程及商品在拆封时的状况",
                        "the parcel opened in one continuous take, and the goods' condition when opened",
                        "l'ouverture du colis en une prise continue et l'état du produit à l'ouverture"),
    "proves_video": ("商品的状况", "the condition of the goods", "l'état du produit"),
    "proves_screen": ("录屏时账号、订单页面、聊天记录等显示的内容", "what the account, order page and chat showed when"
                      " recorded", "ce que montraient le compte, la commande et l'échange lors de l'enregistrement"),
    "proves_web": ("采集时网页（如商品描述）显示的内容", "what the web page (e.g. the listing) said when captured",
                   "ce qu'affichait la page web (ex. la fiche produit) lors de la capture"),
    "proves_chat_text": ("与卖家沟通的经过", "the exchanges with the seller", "les échanges avec le vendeur"),
    "proves_document": ("【待填写】", "[to fill in]", "[à compléter]"),
    "proves_audio": ("【待填写】", "[to fill in]", "[à compléter]"),
    "proves_other": ("【待填写】", "[to fill in]", "[à compléter]"),
    "m_dropped": ("丢帧", "dropped frames", "images perdues"),
    "m_markers": ("标记点", "Markers", "Repères"),
    "col_offset": ("录像内时间", "Time in the take", "Temps dans la prise"),
    "col_label": ("标记", "Marker", "Repère"),
    "col_wall": ("当时时钟", "Clock time", "Heure"),
    "video_keyframes_note": ("关键帧取自原始视频（未修改），视频原件见证据包。",
                             "Keyframes decoded from the original video (unmodified); the video itself is in the "
                             "bundle.", "Images clés tirées de la vidéo originale (non modifiée) ; la vidéo est "
                             "dans l'archive."),
    "take_start": ("开始", "start", "début"),
    "take_end": ("结束", "end", "fin"),
    "chat_text_title": ("文本内容", "Text", "Texte"),
    "exported_by": ("由 evidenceapp {v} 生成", "Made with evidenceapp {v}", "Produit avec evidenceapp {v}"),
    "seller_legal_name": (
        "经营者名称（营业执照）",
        "Trader's legal name (business licence)",
        "Raison sociale (licence commerciale)"),
    "product": (
        "商品名称",
        "Product",
        "Produit"),
    "authority_hint": (
        "提示：对平台内经营者的投诉，由其实际经营地或平台住所地的县级市场监督管理部门处理（《市场监督管理投诉举报处理暂行办法》的管辖规定，据公开资料）。",
        "Which bureau: a complaint about a seller on a platform goes to the county-level bureau of the seller's actual place of business or of the platform's seat (jurisdiction rules of the Interim Measures on Handling Complaints and Reports, as publicly reported).",
        "Quel bureau : une plainte visant un vendeur sur une plateforme relève du bureau de district du lieu où le vendeur exerce réellement, ou du siège de la plateforme (règles de compétence des Mesures provisoires sur le traitement des plaintes, selon des sources publiques)."),
    "clue_scam": (
        "卖家在聊天中{label}：“{text}”（证据{ex}，{when}）",
        "In the chat the seller {label}: “{text}” (exhibit {ex}, {when}).",
        "Dans les échanges, le vendeur {label} : « {text} » (pièce {ex}, {when})."),
    "pledge": (
        "本人承诺：以上所反映的情况及提供的材料均真实，如有不实，愿承担相应的法律责任。",
        "I declare that the facts stated and the materials provided are true, and I accept legal responsibility if they are not.",
        "Je certifie que les faits exposés et les pièces fournies sont exacts, et j'en assume la responsabilité légale."),
    "reporter_signature": (
        "举报人（签名）：",
        "Signature:",
        "Signature :"),
    "scam_heading": (
        "卖家在聊天中的不当要求",
        "What the seller asked for in the chat",
        "Ce que le vendeur a demandé dans les échanges"),
    "scam_intro": (
        "以下原话摘自聊天记录证据，时间为截图或聊天的形成时间：",
        "Quoted from the chat exhibits, with the time each was captured:",
        "Citations tirées des échanges, avec l'heure de chaque capture :"),
    "col_said": (
        "卖家原话",
        "What the seller wrote",
        "Ce que le vendeur a écrit"),
    "col_trap": (
        "性质",
        "Why it matters",
        "Pourquoi c'est important"),
    "ev_returned": (
        "买家寄回商品：{t}",
        "Goods sent back: {t}",
        "Produit renvoyé : {t}"),
    "return_shipment": (
        "退货物流",
        "Return shipment",
        "Retour du produit"),
    "return_date": (
        "退货寄出日期",
        "Return sent on",
        "Date de renvoi"),
    "return_waybill": (
        "退货运单号",
        "Return tracking number",
        "Numéro de suivi du retour"),
    "card": (
        "银行卡",
        "Card",
        "Carte"),
    "card_value": (
        "{net}，尾号 {last4}",
        "{net} ending {last4}",
        "{net} se terminant par {last4}"),
    "transaction_date": (
        "交易日期",
        "Transaction date",
        "Date de l'opération"),
    "transaction_ref": (
        "交易参考号",
        "Transaction reference",
        "Référence de l'opération"),
    "m_gps_recorded": (
        "原始文件中记录了拍摄位置（未在本文件中打印）",
        "Location recorded in the original file (not printed here)",
        "Position enregistrée dans le fichier d'origine (non reproduite ici)"),
    "scam_close_dispute": (
        "要求买家关闭、取消或不要发起纠纷/投诉",
        "asked the buyer to close, cancel or not open the dispute",
        "a demandé à l'acheteur de clore, d'annuler ou de ne pas ouvrir le litige"),
    "scam_refund_outside": (
        "提出在平台外退款（微信、支付宝转账、银行卡等）",
        "offered a refund outside the platform (transfer, PayPal, WeChat, bank)",
        "a proposé un remboursement hors de la plateforme (virement, PayPal, WeChat, banque)"),
    "scam_wait_protection": (
        "要求买家继续等待或延长保护期",
        "asked the buyer to keep waiting or extend the protection period",
        "a demandé à l'acheteur d'attendre encore ou de prolonger la protection"),
    "scam_confirm_receipt": (
        "要求买家在收到货前确认收货",
        "asked the buyer to confirm receipt before the goods arrived",
        "a demandé à l'acheteur de confirmer la réception avant l'arrivée"),
    "scam_accuses_buyer": (
        "指责买家欺诈或说谎",
        "accused the buyer of cheating or lying",
        "a accusé l'acheteur de tricher ou de mentir"),
    "scam_review_pressure": (
        "要求买家删改评价",
        "pressed the buyer to change or remove a review",
        "a pressé l'acheteur de modifier ou supprimer un avis"),
    "scam_plea_to_close": (
        "以诉苦或许诺好处（优惠券、礼品）劝买家撤销纠纷",
        "pleaded or offered perks (coupons, gifts) to get the buyer to drop the dispute",
        "a supplié l'acheteur ou lui a promis des avantages (bons, cadeaux) pour qu'il abandonne le litige"),
    "rule_source": (
        "依据：{s}",
        "Source: {s}",
        "Source : {s}"),
    "rule_how_reported": (
        "据公开资料",
        "as publicly reported",
        "selon des sources publiques"),
    "rule_how_seed": (
        "据公开的维权指南摘录",
        "as summarised by a published consumer guide",
        "selon le résumé d'un guide de consommation publié"),
    "rule_how_confirmed": (
        "已核对规则原文",
        "checked against the rule text",
        "vérifié sur le texte de la règle"),
    "rules_name_taobao": (
        "《淘宝平台争议处理规则》",
        "Taobao's dispute rules (淘宝平台争议处理规则)",
        "les règles de litige de Taobao (淘宝平台争议处理规则)"),
    "rules_name_tmall": (
        "《淘宝平台争议处理规则》（天猫适用）",
        "Taobao's dispute rules, applied on Tmall (淘宝平台争议处理规则)",
        "les règles de litige de Taobao, appliquées sur Tmall (淘宝平台争议处理规则)"),
    "rules_name_jd": (
        "京东平台售后服务规则",
        "JD's after-sales rules",
        "les règles après-vente de JD"),
    "rules_name_pdd": (
        "拼多多平台售后规则",
        "Pinduoduo's after-sales rules",
        "les règles après-vente de Pinduoduo"),
    "rules_name_douyin": (
        "《抖音电商售后服务管理规则》",
        "Douyin's e-commerce after-sales rules (抖音电商售后服务管理规则)",
        "les règles après-vente de Douyin (抖音电商售后服务管理规则)"),
    "rules_name_aliexpress": (
        "全球速卖通（AliExpress）纠纷规则",
        "AliExpress's dispute rules",
        "les règles de litige d'AliExpress"),
    "rules_name_other": (
        "平台规则",
        "the platform's rules",
        "les règles de la plateforme"),
    "lrar_no": (
        "挂号信编号：",
        "Registered letter no.:",
        "Lettre recommandée avec AR n° :"),
    "done_at": (
        "地点：{place}　　日期：{date}",
        "{place}, {date}",
        "Fait à {place}, le {date}"),
    "signature_plain": (
        "签名：",
        "Signature:",
        "Signature :"),
    "form_more_images": (
        "……（其余内容见所传证据图片）",
        "… (the rest is shown in the uploaded images)",
        "… (la suite figure dans les images jointes)"),
}

_IDX = {lang: i for i, lang in enumerate(LANGS)}


def t(lang: str, key: str, **params: object) -> str:
    text = _T[key][_IDX[lang]]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in _T
