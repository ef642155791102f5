#!/bin/bash
# Loop microbenchmarks: user time (median of RUNS runs) for pyjit --jit=off, --jit=on, python3.
# usage: crates/pyjit-jit/bench/run.sh [RUNS] [PYJIT]
cd "$(dirname "$0")"
runs=${1:-5}
pyjit=${2:-../../../target/release/pyjit}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-16s %8s %8s %8s %9s %9s\n" benchmark jit=off jit=on python3 "off/on" "py3/on"
for b in *.py; do
  declare -A t=()
  for r in $(seq "$runs"); do
    for c in off on py; do
      case $c in
        off) cmd="$pyjit --jit=off $b" ;;
        on) cmd="$pyjit --jit=on $b" ;;
        py) cmd="python3 $b" ;;
      esac
      /usr/bin/time -o /tmp/pyjit-bench.t -f %U $cmd > /dev/null
      t[$c]="${t[$c]} $(tail -1 /tmp/pyjit-bench.t)"
    done
  done
  off=$(echo "${t[off]}" | median); on=$(echo "${t[on]}" | median); py=$(echo "${t[py]}" | median)
  printf "%-16s %8s %8s %8s %8.1fx %8.1fx\n" "${b%.py}" "$off" "$on" "$py" \
    "$(echo "$off / ($on + 0.001)" | bc -l)" "$(echo "$py / ($on + 0.001)" | bc -l)"
done
