"""The upload page the phone opens (issue 10): one self-contained HTML file, no external assets, zh_CN/en/fr.

Kept as a Python string so it ships inside the package whatever the packaging (wheel, PyInstaller). The page works
in a phone's default browser: a file input (``accept="image/*,video/*" multiple``), one XHR per file with a progress
bar, and for each file what the desktop stored: SHA-256, size, format, EXIF present or not. Without JavaScript the
form still posts and the server answers with a plain result page.
"""

from __future__ import annotations

import html
import json
from typing import Any

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Send photos and videos to evidenceapp",
        "case": "Case",
        "pick": "Choose photos or videos",
        "send": "Send",
        "intro": "Each file is sent as it is, without re-compression. The computer computes its SHA-256 fingerprint"
                 " and shows it below, so you can see that what arrived is exactly what you sent.",
        "limits": "Honest limits: some phone browsers convert photos (for example HEIC to JPEG), compress videos"
                  " or remove location data before sending. Check the format and the EXIF column for each file; if your originals"
                  " matter, pick them from the Files app rather than the photo gallery.",
        "keep_open": "Keep this page open until every file says Received.",
        "expires": "This link stops working at {time} (UTC) or when the window on the computer is closed.",
        "max_size": "Largest file accepted: {size}.",
        "waiting": "Waiting",
        "uploading": "Sending",
        "checking": "Checking on the computer…",
        "received": "Received",
        "duplicate": "Already in this case",
        "failed": "Failed",
        "expired": "This link has expired: open a new one on the computer.",
        "too_large": "Too large",
        "network": "The connection was lost; nothing was kept for this file. Try again.",
        "sha": "SHA-256",
        "size": "Size",
        "size_ok": "same size as on the phone",
        "size_bad": "size differs from the phone's file",
        "format": "Format",
        "exif": "EXIF (capture time, camera)",
        "yes": "yes",
        "no": "no",
        "na": "not applicable",
        "captured": "Captured",
        "done": "{n} file(s) received.",
    },
    "fr": {
        "title": "Envoyer photos et vidéos vers evidenceapp",
        "case": "Dossier",
        "pick": "Choisir des photos ou vidéos",
        "send": "Envoyer",
        "intro": "Chaque fichier est envoyé tel quel, sans recompression. L'ordinateur calcule son empreinte SHA-256"
                 " et l'affiche ci-dessous : vous voyez que ce qui est arrivé est exactement ce que vous avez envoyé.",
        "limits": "Limites honnêtes : certains navigateurs de téléphone convertissent les photos (par exemple HEIC en"
                  " JPEG), compressent les vidéos ou retirent la localisation avant l'envoi. Vérifiez le format et la colonne EXIF de chaque"
                  " fichier ; si vos originaux comptent, choisissez-les dans l'app Fichiers plutôt que la galerie.",
        "keep_open": "Gardez cette page ouverte jusqu'à ce que chaque fichier indique Reçu.",
        "expires": "Ce lien cesse de fonctionner à {time} (UTC) ou quand la fenêtre se ferme sur l'ordinateur.",
        "max_size": "Taille maximale d'un fichier : {size}.",
        "waiting": "En attente",
        "uploading": "Envoi",
        "checking": "Vérification sur l'ordinateur…",
        "received": "Reçu",
        "duplicate": "Déjà dans ce dossier",
        "failed": "Échec",
        "expired": "Ce lien a expiré : ouvrez-en un nouveau sur l'ordinateur.",
        "too_large": "Trop volumineux",
        "network": "La connexion a été perdue ; rien n'a été gardé pour ce fichier. Réessayez.",
        "sha": "SHA-256",
        "size": "Taille",
        "size_ok": "même taille que sur le téléphone",
        "size_bad": "taille différente du fichier du téléphone",
        "format": "Format",
        "exif": "EXIF (date de prise, appareil)",
        "yes": "oui",
        "no": "non",
        "na": "sans objet",
        "captured": "Pris le",
        "done": "{n} fichier(s) reçu(s).",
    },
    "zh_CN": {
        "title": "把照片和视频发送到 evidenceapp",
        "case": "案件",
        "pick": "选择照片或视频",
        "send": "发送",
        "intro": "每个文件按原样发送，不会重新压缩。电脑会计算它的 SHA-256 指纹并显示在下方，您可以确认收到的正是您发送的文件。",
        "limits": "如实说明：部分手机浏览器会在发送前转换照片（例如把 HEIC 转成 JPEG）、压缩视频或去掉位置信息。请查看每个文件的格式和"
                  " EXIF 一栏；如果原件很重要，请从“文件”应用而不是相册中选择。",
        "keep_open": "请保持此页面打开，直到每个文件都显示“已收到”。",
        "expires": "此链接将在 {time}（UTC）失效，或在电脑上关闭窗口时失效。",
        "max_size": "单个文件最大：{size}。",
        "waiting": "等待中",
        "uploading": "发送中",
        "checking": "电脑正在校验…",
        "received": "已收到",
        "duplicate": "此案件中已有",
        "failed": "失败",
        "expired": "此链接已失效：请在电脑上重新打开一个。",
        "too_large": "文件过大",
        "network": "连接中断；此文件未保存任何内容。请重试。",
        "sha": "SHA-256",
        "size": "大小",
        "size_ok": "与手机上的大小一致",
        "size_bad": "与手机上的文件大小不同",
        "format": "格式",
        "exif": "EXIF（拍摄时间、相机）",
        "yes": "有",
        "no": "无",
        "na": "不适用",
        "captured": "拍摄时间",
        "done": "已收到 {n} 个文件。",
    },
}


def pick_language(accept_language: str) -> str:
    """zh_CN, en or fr from an Accept-Language header (or a bare ``lang`` value); English by default."""
    prefs: list[tuple[float, int, str]] = []
    for n, raw in enumerate(accept_language.split(",")):
        tag, _, params = raw.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        prefs.append((-q, n, tag.strip().lower().replace("_", "-")))
    for _, _, tag in sorted(prefs):
        base = tag.split("-")[0]
        if base == "zh":
            return "zh_CN"  # the only Chinese we have; Simplified is what 12315/Taobao users read
        if base in ("en", "fr"):
            return base
    return "en"


def _size_label(n: int) -> str:
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}".replace(".0 ", " ")
    return f"{n} B"


def render_page(accept_language: str, nonce: str, case_label: str, max_file_bytes: int, expires_at: str,
                action: str = "") -> str:
    lang = pick_language(accept_language)
    t = STRINGS[lang]
    e = html.escape
    when = expires_at.replace("T", " ").replace("Z", "")
    return _PAGE.format(
        lang=lang.replace("_", "-"), nonce=e(nonce), action=e(action), title=e(t["title"]), case=e(t["case"]),
        case_label=e(case_label), pick=e(t["pick"]), send=e(t["send"]), intro=e(t["intro"]), limits=e(t["limits"]),
        keep_open=e(t["keep_open"]), expires=e(t["expires"].format(time=when)),
        max_size=e(t["max_size"].format(size=_size_label(max_file_bytes))),
        strings=json.dumps(t, ensure_ascii=False).replace("<", "\\u003c"), max_bytes=int(max_file_bytes),
    )


def render_result(accept_language: str, files: list[dict[str, Any]]) -> str:
    """The answer to a plain (no-JavaScript) form post."""
    t = STRINGS[pick_language(accept_language)]
    e = html.escape
    rows = []
    for f in files:
        exif = t["na"] if f.get("exif") is None else (t["yes"] if f["exif"] else t["no"])
        state = t["duplicate"] if f.get("duplicate") else t["received"]
        rows.append(f"<li><b>{e(f['name'])}</b> — {e(state)}<br>{e(t['sha'])}: <code>{e(f['sha256'])}</code><br>"
                    f"{e(t['format'])}: {e(f['format'])} · {e(t['exif'])}: {e(exif)} · {e(t['size'])}: {f['size']}</li>")
    return (f"<!doctype html><html><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'>"
            f"<title>{e(t['title'])}</title></head><body><h1>{e(t['done'].format(n=len(files)))}</h1>"
            f"<ul>{''.join(rows)}</ul><p><a href='.'>&larr;</a></p></body></html>")


# Braces doubled for str.format. The script is inline (CSP nonce): no external files, works offline on the LAN.
_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style nonce="{nonce}">
body {{ font-family: system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0;
  padding: 16px; background: #f6f6f4; color: #222; font-size: 16px; line-height: 1.45; }}
h1 {{ font-size: 1.25em; margin: 0 0 8px; }}
.case {{ color: #555; margin-bottom: 12px; }}
.pick {{ display: block; background: #1f6feb; color: #fff; text-align: center; padding: 16px; border-radius: 10px;
  font-size: 1.1em; margin: 12px 0; }}
.pick input {{ display: block; margin: 8px auto 0; max-width: 100%; color: #fff; }}
.note {{ font-size: .9em; color: #444; }}
.limits {{ font-size: .85em; background: #fff6d6; border-radius: 8px; padding: 8px 10px; }}
ul {{ list-style: none; padding: 0; }}
li {{ background: #fff; border-radius: 10px; padding: 10px 12px; margin: 8px 0; box-shadow: 0 1px 2px #0002; }}
li .name {{ font-weight: 600; word-break: break-all; }}
li progress {{ width: 100%; height: 10px; }}
li .state {{ font-weight: 600; }}
li[data-state=received] .state, li[data-state=duplicate] .state {{ color: #137333; }}
li[data-state=failed] .state {{ color: #b3261e; }}
li .details {{ font-size: .85em; color: #333; }}
code {{ font-size: .8em; word-break: break-all; }}
noscript button {{ font-size: 1em; padding: 8px 16px; }}
</style>
</head>
<body>
<h1>{title}</h1>
<div class="case">{case}: {case_label}</div>
<p class="note">{intro}</p>
<form id="form" method="post" action="{action}" enctype="multipart/form-data">
<label class="pick">{pick}
<input id="files" name="file" type="file" accept="image/*,video/*" multiple>
</label>
<noscript><button type="submit">{send}</button></noscript>
</form>
<p class="limits">{limits}</p>
<p class="note">{keep_open} {max_size} {expires}</p>
<ul id="list"></ul>
<p id="summary" class="note"></p>
<script nonce="{nonce}">
(function () {{
  "use strict";
  var T = {strings};
  var MAX = {max_bytes};
  var form = document.getElementById("form");
  var input = document.getElementById("files");
  var list = document.getElementById("list");
  var queue = [], busy = false, done = 0;

  function el(tag, cls, text) {{
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }}
  function human(n) {{
    var u = ["B", "KiB", "MiB", "GiB"], i = 0;
    while (n >= 1024 && i < 3) {{ n /= 1024; i++; }}
    return (i ? n.toFixed(1) : n) + " " + u[i];
  }}
  function setState(row, state, text) {{
    row.li.setAttribute("data-state", state);
    row.state.textContent = text || T[state] || state;
  }}
  function line(parent, label, value) {{
    var d = el("div");
    d.appendChild(el("span", "", label + ": "));
    var v = el(label === T.sha ? "code" : "span", "", value);
    d.appendChild(v);
    parent.appendChild(d);
    return v;
  }}
  function showResult(row, r) {{
    setState(row, r.duplicate ? "duplicate" : "received");
    row.bar.value = 1;
    var d = row.details;
    var sha = line(d, T.sha, r.sha256);
    sha.className = "sha";
    line(d, T.size, human(r.size) + " (" + (r.size === row.file.size ? T.size_ok : T.size_bad) + ")");
    line(d, T.format, r.format);
    line(d, T.exif, r.exif === null ? T.na : (r.exif ? T.yes : T.no));
    if (r.captured_at) line(d, T.captured, r.captured_at);
    done++;
    document.getElementById("summary").textContent = T.done.replace("{{n}}", done);
  }}
  function fail(row, text) {{
    setState(row, "failed", T.failed + " — " + text);
  }}
  function next() {{
    if (busy || !queue.length) return;
    busy = true;
    var row = queue.shift();
    if (row.file.size > MAX) {{ fail(row, T.too_large); busy = false; next(); return; }}
    setState(row, "uploading");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    xhr.upload.onprogress = function (ev) {{
      if (!ev.lengthComputable) return;
      row.bar.value = ev.loaded / ev.total;
      row.state.textContent = T.uploading + " " + Math.floor(100 * ev.loaded / ev.total) + "%";
      if (ev.loaded === ev.total) row.state.textContent = T.checking;
    }};
    xhr.onload = function () {{
      var body = null;
      try {{ body = JSON.parse(xhr.responseText); }} catch (e) {{ body = null; }}
      if (xhr.status === 200 && body && body.files && body.files.length) showResult(row, body.files[0]);
      else if (xhr.status === 404) fail(row, T.expired);
      else if (xhr.status === 413) fail(row, T.too_large);
      else fail(row, (body && body.error && body.error.message) || ("HTTP " + xhr.status));
      busy = false; next();
    }};
    xhr.onerror = xhr.onabort = function () {{ fail(row, T.network); busy = false; next(); }};
    var fd = new FormData();
    fd.append("file", row.file, row.file.name);
    xhr.send(fd);
  }}
  input.addEventListener("change", function () {{
    for (var i = 0; i < input.files.length; i++) {{
      var f = input.files[i];
      var li = el("li");
      li.appendChild(el("div", "name", f.name + " · " + human(f.size)));
      var bar = el("progress"); bar.max = 1; bar.value = 0; li.appendChild(bar);
      var row = {{ file: f, li: li, bar: bar, state: el("div", "state"), details: el("div", "details") }};
      li.appendChild(row.state); li.appendChild(row.details);
      setState(row, "waiting");
      list.appendChild(li);
      queue.push(row);
    }}
    input.value = "";
    next();
  }});
}})();
</script>
</body>
</html>
"""
