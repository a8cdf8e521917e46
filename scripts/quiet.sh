# Sourced by scripts that run pip: `quiet CMD…` runs CMD with its output held back, then shows it minus pip's
# "WARNING: Location" noise, and returns CMD's status. Piping pip into grep (then `|| true` for grep's own exit
# status) would let a broken install pass unnoticed until some later step.
quiet() {
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  grep -v "^WARNING: Location" "$log" >&2 || true
  rm -f "$log"
  return $rc
}
