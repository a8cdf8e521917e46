"""The page the phone opens to be the camera: back camera, a JPEG per frame over a WebSocket, the recording state
and the checklist buttons (tap = a marker). Plain HTML and JavaScript, no external file (the CSP forbids them)."""

from __future__ import annotations

import html

TEXTS = {
    "zh_CN": {"title": "手机作为摄像头", "start": "开始使用摄像头", "waiting": "等待电脑开始录像…",
              "recording": "录像中", "lost": "连接中断，正在重连…", "fp": "证书指纹（与电脑上显示的一致才可继续）：",
              "denied": "无法使用摄像头：请在浏览器设置中允许使用摄像头。", "done": "清单已完成"},
    "en": {"title": "Phone as camera", "start": "Start the camera", "waiting": "Waiting for the computer to start "
           "recording…", "recording": "Recording", "lost": "Link lost, reconnecting…",
           "fp": "Certificate fingerprint (go on only if it matches the computer's):",
           "denied": "The camera could not be used: allow it in the browser's settings.", "done": "Checklist done"},
    "fr": {"title": "Téléphone comme caméra", "start": "Démarrer la caméra", "waiting": "En attente du début de "
           "l'enregistrement sur l'ordinateur…", "recording": "Enregistrement", "lost": "Liaison perdue, "
           "reconnexion…", "fp": "Empreinte du certificat (continuez seulement si elle est identique à celle de "
           "l'ordinateur)\u202f:", "denied": "Impossible d'utiliser la caméra\u202f: autorisez-la dans les réglages "
           "du navigateur.", "done": "Liste terminée"},
}

_PAGE = """<!doctype html>
<html lang="{lang_attr}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style nonce="{nonce}">
body{{font-family:system-ui,sans-serif;margin:0;background:#111;color:#eee;text-align:center}}
video{{width:100%;max-height:60vh;background:#000}} #bar{{padding:8px;font-size:1.2em}}
#rec{{color:#f44;font-weight:bold}} button{{font-size:1.1em;margin:6px;padding:10px 14px;border-radius:8px}}
#fp{{font-size:.75em;color:#aaa;word-break:break-all;padding:6px}}
</style></head><body>
<video id="v" playsinline muted autoplay></video>
<div id="bar"><span id="rec"></span> <span id="elapsed"></span> <span id="state">{waiting}</span></div>
<div><button id="start">{start}</button></div>
<div id="steps"></div>
<div id="fp">{fp_label} {fingerprint}</div>
<canvas id="c" hidden></canvas>
<script nonce="{nonce}">
const T = {texts_json};
const FPS = {fps};
let ws = null, timer = null, stream = null, busy = false;
const v = document.getElementById("v"), c = document.getElementById("c");
function connect() {{
  ws = new WebSocket(location.href.replace(/^https:/, "wss:") + "/ws");
  ws.binaryType = "arraybuffer";
  ws.onmessage = (m) => show(JSON.parse(m.data));
  ws.onclose = () => {{ document.getElementById("state").textContent = T.lost; ws = null;
                       setTimeout(connect, 1000); }};
}}
let recording = false, base = 0, t0 = 0;
function tick() {{
  const e = Math.floor(base + (recording ? (performance.now() - t0) / 1000 : 0));
  document.getElementById("elapsed").textContent = recording ?
      String(Math.floor(e / 60)).padStart(2, "0") + ":" + String(e % 60).padStart(2, "0") : "";
}}
setInterval(tick, 500);
function show(s) {{
  recording = s.state === "recording"; base = s.elapsed || 0; t0 = performance.now(); tick();
  document.getElementById("rec").textContent = recording ? "\\u25cf " + T.recording : "";
  document.getElementById("state").textContent = s.state === "recording" ? "" : T.waiting;
  const box = document.getElementById("steps");
  box.textContent = "";
  if (s.step_label) {{
    const b = document.createElement("button");
    b.id = "mark"; b.textContent = (s.step_no ? s.step_no + ". " : "") + s.step_label;
    b.onclick = () => ws && ws.send(JSON.stringify({{type: "mark"}}));
    box.appendChild(b);
  }} else if (s.state === "recording") {{ box.textContent = T.done; }}
}}
function send() {{
  if (!ws || ws.readyState !== 1 || busy || !v.videoWidth) return;
  busy = true;
  c.width = v.videoWidth; c.height = v.videoHeight;
  c.getContext("2d").drawImage(v, 0, 0);
  c.toBlob((b) => {{ if (b && ws && ws.readyState === 1 && ws.bufferedAmount < 2e6) ws.send(b); busy = false; }},
           "image/jpeg", 0.8);
}}
async function start() {{
  try {{
    stream = await navigator.mediaDevices.getUserMedia(
        {{video: {{facingMode: {{ideal: "environment"}}, width: {{ideal: 1280}}, height: {{ideal: 720}}}},
         audio: false}});
  }} catch (err) {{ document.getElementById("state").textContent = T.denied; return; }}
  v.srcObject = stream;
  document.getElementById("start").hidden = true;
  connect();
  timer = setInterval(send, 1000 / FPS);
}}
document.getElementById("start").onclick = start;
</script></body></html>
"""


def render_page(lang: str, nonce: str, fingerprint: str, fps: float) -> str:
    import json

    texts = TEXTS.get(lang, TEXTS["en"])
    fp = " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))
    return _PAGE.format(lang_attr="zh-CN" if lang == "zh_CN" else lang, title=html.escape(texts["title"]),
                        nonce=nonce, waiting=html.escape(texts["waiting"]), start=html.escape(texts["start"]),
                        fp_label=html.escape(texts["fp"]), fingerprint=html.escape(fp),
                        texts_json=json.dumps(texts, ensure_ascii=False).replace("</", "<\\/"),
                        fps=max(1, min(30, int(fps))))
