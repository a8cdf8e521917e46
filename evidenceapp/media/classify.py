"""Photo or screenshot, and the warnings a reviewer would raise about a picture (pure rules, no I/O).

Flags are stable codes (the UI translates them); ``FLAG_TEXT`` is the English explanation the CLI prints.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..core.callrec import parse_call_name

FLAG_TEXT = {
    "type_mismatch": "the file's name claims another type than its content",
    "possibly_edited": "this photo may have been edited: its Software tag names an editing app ({software})",
    "stripped_or_reencoded": "stripped or re-encoded copy: it has no camera metadata although it looks like a camera"
                             " photo; the original file from the phone's gallery is stronger evidence",
    "messaging_app_copy": "looks like a copy saved from a messaging app (re-compressed, metadata removed); the"
                          " original file from the phone is stronger evidence",
    "near_duplicate": "nearly identical to another picture of this case (the same photo re-saved or resized)",
    "exif_damaged": "the EXIF metadata is damaged or crafted: its capture time and camera are not reliable",
}

# Lower-case fragments of Software values written by photo editors and beautifying apps (not by camera apps).
EDITING_APPS = (
    "photoshop", "lightroom", "gimp", "snapseed", "picsart", "meitu", "美图", "醒图", "xingtu", "vsco", "canva",
    "pixelmator", "affinity photo", "facetune", "paint.net", "photoscape", "fotor", "polarr", "inshot", "capcut",
    "剪映", "b612", "beautycam", "faceu", "photodirector", "luminar", "darktable", "rawtherapee", "acdsee",
    "picasa", "photo editor", "photopea", "pixlr", "美颜", "天天p图", "光影魔术手",
)

_SCREENSHOT_NAME = re.compile(r"^(screenshot|screen ?shot|screen_shot|scrnshot|截屏|截图|屏幕截图|snipaste)", re.I)
_MESSAGING_NAME = re.compile(
    r"^(mmexport\d+|wx_camera_\d+|微信图片_|wechat ?image|img-\d{8}-wa\d+|qq图片|qq_image|photo_\d{4}-\d{2}-\d{2}"
    r"|telegram|signal-\d{4}-|received_\d+|fb_img_\d+)",
    re.I,
)
# Short sides of phone and laptop screens (portrait phones: 720…1440; desktops: 720…2160).
_SCREEN_SHORT = {540, 576, 600, 640, 720, 750, 768, 800, 828, 864, 900, 1050, 1080, 1125, 1170, 1179, 1200, 1206,
                 1242, 1260, 1264, 1284, 1290, 1320, 1344, 1440, 1600, 1800, 2160}


def is_editing_software(software: str) -> bool:
    s = software.lower()
    return any(app in s for app in EDITING_APPS)


def screen_like(width: int | None, height: int | None) -> bool:
    if not width or not height:
        return False
    short, long = sorted((width, height))
    return short in _SCREEN_SHORT and 1.55 <= long / short <= 2.4


def classify(mime: str, kind: str, original_name: str, fields: dict[str, Any],
             metadata: dict[str, Any]) -> tuple[str, list[str], dict[str, Any]]:
    """(kind, new flags, classification detail) for an analysed file."""
    flags: list[str] = []
    detail: dict[str, Any] = {}
    name = Path(original_name).name
    if not mime.startswith("image/"):
        return kind, flags, detail
    camera = bool(metadata.get("camera_exif"))
    comment = str(metadata.get("user_comment", "")).lower()
    xmp = str(metadata.get("xmp", "")).lower()
    width, height = fields.get("width"), fields.get("height")
    reason = ""
    if comment == "screenshot" or ("<exif:usercomment>" in xmp and "screenshot" in xmp):
        reason = "the phone marked it as a screenshot"
    elif _SCREENSHOT_NAME.match(name):
        reason = "its name says it is a screenshot"
    elif not camera and screen_like(width, height):
        reason = "no camera metadata and screen-sized"
    elif not camera and mime == "image/png" and not _MESSAGING_NAME.match(name):
        reason = "a PNG without camera metadata"
    if reason:
        kind = "screenshot"
        detail["reason"] = reason
    else:
        kind = "photo"
        detail["reason"] = "camera metadata" if camera else "picture without camera metadata"
    software = str(fields.get("software", ""))
    if software and is_editing_software(software):
        flags.append("possibly_edited")
    if kind == "photo":
        if _MESSAGING_NAME.match(name):
            flags.append("messaging_app_copy")
        if not camera and mime in ("image/jpeg", "image/heic", "image/webp", "image/avif"):
            flags.append("stripped_or_reencoded")
    return kind, flags, detail


def audio_details(original_name: str, fields: dict[str, Any], metadata: dict[str, Any]) -> None:
    """A recording's codec and, for a call recording, the other party and the start time from its name.

    The container's own time wins (it is what the phone wrote with the file); the name's time, local to the
    phone and without a zone, fills in when the container has none (AMR and MP3 files carry no time at all).
    """
    audio = next((s for s in metadata.get("streams") or [] if s.get("type") == "audio"), None)
    if audio:
        metadata["audio"] = {k: audio[k] for k in ("codec", "sample_rate", "channels") if audio.get(k)}
        if "codec" in metadata["audio"]:  # FFmpeg's decoder names: "mp3float" is the MP3 codec
            metadata["audio"]["codec"] = str(metadata["audio"]["codec"]).removesuffix("float")
    call = parse_call_name(Path(original_name).name)
    if call is None:
        return
    metadata["call"] = {"number": call.number, "contact": call.contact, "started": call.started}
    if call.started and not fields.get("captured_at"):
        fields["captured_at"], fields["captured_at_source"] = call.started, "file_name"
        metadata["capture_time"] = {"time_zone": "unknown (local time of the phone, from the file name)"}


def flag_text(flag: str, item_fields: dict[str, Any] | None = None) -> str:
    text = FLAG_TEXT.get(flag, flag.replace("_", " "))
    try:
        return text.format(**{"software": "", **(item_fields or {})})
    except (KeyError, IndexError):
        return text
