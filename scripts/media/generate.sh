#!/bin/sh
# Generates the demo media in examples/media/ offline with ffmpeg: product images, a lookbook
# image, three short portrait videos with posters (and scenes.json: which product is on screen
# when), an HLS rendition of the first video and a WebVTT captions file. Deterministic and small (the whole folder stays under 2 MB).
#
#   sh scripts/media/generate.sh        # rewrites examples/media/
#
# Product images are imported into the demo Vendure server (packages/demo-backend); their file
# names must match `images` in packages/demo-backend/src/catalog.ts.
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/examples/media"
command -v ffmpeg >/dev/null 2>&1 || { echo "generate.sh: ffmpeg is required (apt-get install ffmpeg)" >&2; exit 1; }

FONT=""
for f in /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf /usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf; do
  [ -f "$f" ] && FONT="$f" && break
done

FF="ffmpeg -hide_banner -loglevel error -y"
mkdir -p "$OUT/products" "$OUT/video"
rm -f "$OUT"/products/*.jpg "$OUT"/video/*

# text FILTER: a drawtext filter (empty without a font, the image then has shapes only).
text() { # text SIZE COLOUR Y TEXT
  [ -n "$FONT" ] || return 0
  esc=$(printf '%s' "$4" | sed "s/'/\\\\'/g; s/:/\\\\:/g")
  printf ",drawtext=fontfile=%s:text='%s':fontsize=%s:fontcolor=%s:x=(w-text_w)/2:y=%s" "$FONT" "$esc" "$1" "$2" "$3"
}

# shape KIND FG: a simple silhouette per product type, drawn with boxes.
shape() {
  case "$1" in
    shirt) echo "drawbox=x=190:y=200:w=260:h=330:color=$2:t=fill,drawbox=x=120:y=200:w=80:h=150:color=$2:t=fill,drawbox=x=440:y=200:w=80:h=150:color=$2:t=fill,drawbox=x=290:y=200:w=60:h=40:color=white@0.6:t=fill" ;;
    jacket) echo "drawbox=x=180:y=190:w=280:h=360:color=$2:t=fill,drawbox=x=110:y=190:w=80:h=300:color=$2:t=fill,drawbox=x=450:y=190:w=80:h=300:color=$2:t=fill,drawbox=x=316:y=190:w=8:h=360:color=black@0.35:t=fill" ;;
    hat) echo "drawbox=x=200:y=260:w=240:h=200:color=$2:t=fill,drawbox=x=180:y=420:w=280:h=70:color=black@0.25:t=fill" ;;
    bag) echo "drawbox=x=180:y=300:w=280:h=260:color=$2:t=fill,drawbox=x=240:y=200:w=20:h=110:color=$2:t=fill,drawbox=x=380:y=200:w=20:h=110:color=$2:t=fill" ;;
    bottle) echo "drawbox=x=260:y=250:w=120:h=280:color=$2:t=fill,drawbox=x=290:y=190:w=60:h=70:color=black@0.6:t=fill" ;;
    tube) echo "drawbox=x=270:y=180:w=100:h=340:color=$2:t=fill,drawbox=x=285:y=520:w=70:h=40:color=white@0.8:t=fill" ;;
    jar) echo "drawbox=x=220:y=320:w=200:h=180:color=$2:t=fill,drawbox=x=210:y=290:w=220:h=40:color=black@0.5:t=fill" ;;
    stick) echo "drawbox=x=295:y=220:w=50:h=300:color=$2:t=fill,drawbox=x=295:y=220:w=50:h=90:color=white@0.6:t=fill" ;;
    mug) echo "drawbox=x=220:y=280:w=190:h=230:color=$2:t=fill,drawbox=x=410:y=330:w=60:h=120:color=$2:t=4" ;;
    board) echo "drawbox=x=140:y=330:w=300:h=150:color=$2:t=fill,drawbox=x=440:y=385:w=90:h=40:color=$2:t=fill" ;;
    towel) echo "drawbox=x=200:y=200:w=240:h=340:color=$2:t=fill,drawbox=x=200:y=260:w=240:h=20:color=white@0.7:t=fill,drawbox=x=200:y=460:w=240:h=20:color=white@0.7:t=fill" ;;
    candle) echo "drawbox=x=230:y=300:w=180:h=220:color=$2:t=fill,drawbox=x=316:y=260:w=8:h=40:color=black:t=fill,drawbox=x=310:y=220:w=20:h=40:color=orange:t=fill" ;;
    vase) echo "drawbox=x=230:y=320:w=180:h=200:color=$2:t=fill,drawbox=x=290:y=270:w=60:h=60:color=$2:t=fill" ;;
  esac
}

# product FILE BG1 BG2 FG KIND NAME: a 640×800 JPEG, gradient background, silhouette, name.
product() {
  vf="$(shape "$5" "$4")$(text 34 0x222222 h-150 "$6")$(text 18 0x444444 h-100 'Shoplet demo shop')"
  $FF -f lavfi -i "gradients=s=640x800:c0=$2:c1=$3:x0=0:y0=0:x1=640:y1=800:nb_colors=2:d=1:seed=1" \
    -vf "$vf,format=yuvj420p" -frames:v 1 -q:v 9 "$OUT/products/$1.jpg"
}

product sandbar-linen-shirt        0xE9DCC4 0xCDB893 0xF6F0E3 shirt  'Sandbar Linen Shirt'
product sandbar-linen-shirt-2      0xC9D6C3 0x9FB59A 0xDDE7D6 shirt  'Sandbar Linen Shirt · Sage'
product tidewater-cotton-tee       0xD7E3EE 0xA9BFD3 0x2C3E5C shirt  'Tidewater Cotton Tee'
product fieldwork-chore-jacket     0xE4D5B7 0xB89A62 0x5B4A2E jacket 'Fieldwork Chore Jacket'
product harbour-knit-beanie        0xF0D2C0 0xC98A64 0xA5472A hat    'Harbour Knit Beanie'
product cove-canvas-tote           0xE8E4D8 0xBDB49B 0x6E6A4E bag    'Cove Canvas Tote'
product juniper-face-oil           0xE5DDF0 0xB7A5D3 0x4B2E7A bottle 'Juniper Face Oil'
product juniper-face-oil-2         0xEFE8F6 0xD2C4E6 0x6C4BA0 bottle 'Juniper Face Oil · 30 ml'
product saltmarsh-hand-cream       0xDDEDEA 0xA7CFC7 0xF7FBFA tube   'Saltmarsh Hand Cream'
product rosehip-night-balm         0xF4DCDC 0xD9A0A0 0x8C2F39 jar    'Rosehip Night Balm'
product meadow-tinted-lip-balm     0xF7E6D7 0xE3B79A 0xC0392B stick  'Meadow Tinted Lip Balm'
product harbour-stoneware-mug      0xEDE6DA 0xC8BBA4 0xF2EBDD mug    'Harbour Stoneware Mug'
product harbour-stoneware-mug-2    0xD5D9DE 0x9AA3AD 0x4A5561 mug    'Harbour Stoneware Mug · Slate'
product driftwood-serving-board    0xEEE4D3 0xCDB58E 0x8B6A3E board  'Driftwood Serving Board'
product linen-tea-towel-set        0xE3E8F0 0xB4C0D4 0x34507A towel  'Linen Tea Towel Set'
product ember-soy-candle           0xF3E2C9 0xD9A86C 0x7A4A1C candle 'Ember Soy Candle'
product pebble-ceramic-vase        0xE6E6E1 0xBFBFB5 0x7D8C84 vase   'Pebble Ceramic Vase'

# Lookbook image for the blog post example: three panels of the summer edit.
$FF -f lavfi -i "gradients=s=1200x800:c0=0xF3E9D8:c1=0xC9D6C3:x0=0:y0=0:x1=1200:y1=800:nb_colors=2:d=1:seed=1" \
  -vf "drawbox=x=80:y=120:w=320:h=520:color=0xCDB893:t=fill,drawbox=x=440:y=120:w=320:h=520:color=0x9FB59A:t=fill,drawbox=x=800:y=120:w=320:h=520:color=0xC8BBA4:t=fill,drawbox=x=150:y=220:w=180:h=260:color=0xF6F0E3:t=fill,drawbox=x=530:y=260:w=140:h=200:color=0xDDE7D6:t=fill,drawbox=x=880:y=300:w=160:h=200:color=0xF2EBDD:t=fill$(text 44 0x2B2B2B 690 'The Summer Edit')$(text 20 0x444444 745 'Linen, stoneware and slow mornings'),format=yuvj420p" \
  -frames:v 1 -q:v 8 "$OUT/lookbook.jpg"

# video NAME C0 C1 TITLE SCENES: a 5 s, 360×640 H.264 clip (no audio): the product images of
# SCENES ("slug:start:end ...") shown one after another with a slow drift, over a gradient, with
# a title and a progress bar; plus a poster JPEG from the first frame. Each product image is
# 300×375 at x=30, y=110, so a tag at (0.5, 0.46) of the frame sits on the product.
video() {
  inputs=""
  graph=""
  last="[0:v]"
  i=1
  for scene in $5; do
    slug=${scene%%:*}; rest=${scene#*:}; start=${rest%%:*}; end=${rest#*:}
    inputs="$inputs -loop 1 -framerate 24 -t 5 -i $OUT/products/$slug.jpg"
    graph="$graph[$i:v]scale=300:375,setsar=1[p$i];${last}[p$i]overlay=x='30+6*sin(2*PI*(t-$start)/($end-$start))':y=110:enable='between(t,$start,$end)'[o$i];"
    last="[o$i]"
    i=$((i + 1))
  done
  graph="$graph${last}drawbox=x=0:y=600:w='360*t/5':h=4:color=white@0.85:t=fill$(text 26 0x222222 520 "$4")$(text 15 0x333333 560 'Shoplet demo clip'),format=yuv420p[v]"
  # shellcheck disable=SC2086
  $FF -f lavfi -i "gradients=s=360x640:c0=$2:c1=$3:speed=0.02:d=5:r=24:nb_colors=2:seed=1" $inputs \
    -filter_complex "$graph" -map "[v]" -t 5 \
    -c:v libx264 -preset slow -profile:v main -crf 33 -maxrate 200k -bufsize 400k -g 48 -movflags +faststart -an \
    "$OUT/video/$1.mp4"
  $FF -i "$OUT/video/$1.mp4" -frames:v 1 -q:v 8 "$OUT/video/$1-poster.jpg"
}

video summer-edit  0xE9DCC4 0x9FB59A 'The Summer Edit' \
  'sandbar-linen-shirt:0:1.8 harbour-stoneware-mug:1.8:3.4 cove-canvas-tote:3.4:5'
video morning-skin 0xE5DDF0 0xF4DCDC 'Morning routine' \
  'juniper-face-oil:0:2.5 saltmarsh-hand-cream:2.5:5'
video slow-kitchen 0xEDE6DA 0xC8BBA4 'Slow kitchen' \
  'harbour-stoneware-mug-2:0:2.5 driftwood-serving-board:2.5:5'

# Which product is on screen when, for tagging the clips (positions are fractions of the frame).
cat > "$OUT/video/scenes.json" <<'JSON'
{
  "summer-edit": [
    { "product": "sandbar-linen-shirt", "start": 0, "end": 1.8, "x": 0.5, "y": 0.46 },
    { "product": "harbour-stoneware-mug", "start": 1.8, "end": 3.4, "x": 0.5, "y": 0.46 },
    { "product": "cove-canvas-tote", "start": 3.4, "end": 5, "x": 0.5, "y": 0.46 }
  ],
  "morning-skin": [
    { "product": "juniper-face-oil", "start": 0, "end": 2.5, "x": 0.5, "y": 0.46 },
    { "product": "saltmarsh-hand-cream", "start": 2.5, "end": 5, "x": 0.5, "y": 0.46 }
  ],
  "slow-kitchen": [
    { "product": "harbour-stoneware-mug", "start": 0, "end": 2.5, "x": 0.5, "y": 0.46 },
    { "product": "driftwood-serving-board", "start": 2.5, "end": 5, "x": 0.5, "y": 0.46 }
  ]
}
JSON

# HLS rendition of the first clip: 2-second segments, one variant, VOD playlist.
$FF -i "$OUT/video/summer-edit.mp4" -c copy -f hls -hls_time 2 -hls_playlist_type vod \
  -hls_segment_filename "$OUT/video/summer-edit-%d.ts" "$OUT/video/summer-edit.m3u8"

cat > "$OUT/video/summer-edit.vtt" <<'VTT'
WEBVTT

00:00:00.000 --> 00:00:01.800
The Sandbar Linen Shirt, washed soft.

00:00:01.800 --> 00:00:03.400
Stoneware for slow mornings.

00:00:03.400 --> 00:00:05.000
Tap a product to add it to your bag.
VTT

du -sb "$OUT" | awk '{ printf "examples/media: %d bytes\n", $1; if ($1 >= 2000000) { print "generate.sh: media over 2 MB" > "/dev/stderr"; exit 1 } }'
