#!/bin/sh
# Generates the tiny media the <shoplet-video> and <shoplet-feed> browser tests play, offline
# with ffmpeg: a 10-second 160×90 clip (WebM/VP8 and MP4/H.264, no audio), an HLS rendition of
# it, a poster and WebVTT captions. Deterministic and small (the folder stays under 300 KB).
#
#   sh packages/elements/test-media/generate.sh
set -eu

OUT=$(cd "$(dirname "$0")" && pwd)
command -v ffmpeg >/dev/null 2>&1 || { echo "generate.sh: ffmpeg is required (apt-get install ffmpeg)" >&2; exit 1; }
FF="ffmpeg -hide_banner -loglevel error -y -fflags +bitexact"
rm -f "$OUT"/*.webm "$OUT"/*.mp4 "$OUT"/*.m2ts "$OUT"/*.ts "$OUT"/*.m3u8 "$OUT"/*.jpg "$OUT"/*.vtt

# A box moving left to right over 10 s on a two-colour background: enough picture to see tags on.
SRC="color=c=0xE9DCC4:s=160x90:r=10:d=10"
VF="drawbox=x='10+12*t':y=30:w=20:h=30:color=0x4B2E7A:t=fill,drawbox=x=0:y=84:w='16*t':h=6:color=white:t=fill"

$FF -f lavfi -i "$SRC" -vf "$VF,format=yuv420p" -c:v libvpx -b:v 40k -g 10 -an "$OUT/clip.webm"
$FF -f lavfi -i "$SRC" -vf "$VF,format=yuv420p" -c:v libx264 -preset veryslow -profile:v baseline -crf 38 \
  -g 10 -movflags +faststart -an -map_metadata -1 "$OUT/clip.mp4"
# HLS: 5-second MPEG-TS segments, VOD playlist. Named .m2ts, not .ts: the test server compiles
# every .ts file as TypeScript.
$FF -i "$OUT/clip.mp4" -c copy -f hls -hls_time 5 -hls_playlist_type vod -hls_segment_type mpegts \
  -hls_segment_filename "$OUT/clip-%d.m2ts" "$OUT/clip.m3u8"
$FF -f lavfi -i "$SRC" -vf "$VF,format=yuvj420p" -frames:v 1 -q:v 10 "$OUT/poster.jpg"

cat > "$OUT/captions.vtt" <<'VTT'
WEBVTT

00:00:00.000 --> 00:00:05.000
A box on the move.

00:00:05.000 --> 00:00:10.000
Still moving.
VTT

du -sb "$OUT" | awk '{ printf "test-media: %d bytes\n", $1; if ($1 >= 300000) { print "generate.sh: test media over 300 KB" > "/dev/stderr"; exit 1 } }'
