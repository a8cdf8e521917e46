from evidenceapp.core.names import display_name, safe_component


def test_display_name_escapes_control_and_invalid_bytes():
    assert display_name(b"a\nb.jpg") == "a\\nb.jpg"
    assert display_name(b"\xff\xfeok.jpg") == "\\xff\\xfeok.jpg"
    assert display_name("照片.jpg") == "照片.jpg"


def test_safe_component_never_keeps_separators_or_reserved_names():
    assert "/" not in safe_component("../../etc/passwd")
    assert safe_component("CON") == "_CON"
    assert safe_component("aux.txt") == "_aux.txt"
    assert safe_component("...") == "file"
    assert len(safe_component("x" * 300 + ".jpg").encode()) <= 80
