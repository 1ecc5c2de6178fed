#!/bin/sh
# Builds examples/blog-post/lookbook.jpg offline with ffmpeg: a 1200×800 flat-lay of four demo
# products (shirt, jacket, tote, mug) cut from their catalog images in examples/media/products/,
# on a linen-coloured table. The tags in index.html sit on these products; if you move a tile
# here, move its <shoplet-tag> too (x = centre x / 1200, y = centre y / 800).
#
#   sh examples/blog-post/make-lookbook.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
P="$HERE/../media/products"
command -v ffmpeg >/dev/null 2>&1 || { echo "make-lookbook.sh: ffmpeg is required" >&2; exit 1; }

# Each tile: the product's silhouette area (no label), scaled; placed at X,Y.
#   shirt  crop 440x400+100+170 -> 418x380 at  60,  70   centre (269, 260)
#   jacket crop 460x420+90+160  -> 368x336 at 520,  40   centre (704, 208)
#   tote   crop 340x400+150+180 -> 255x300 at 930, 250   centre (1057, 400)
#   mug    crop 320x300+180+250 -> 288x270 at 500, 440   centre (644, 575)
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "gradients=s=1200x800:c0=0xEFE7DA:c1=0xD9CDB8:x0=0:y0=0:x1=1200:y1=800:nb_colors=2:d=1:seed=7" \
  -i "$P/sandbar-linen-shirt.jpg" -i "$P/fieldwork-chore-jacket.jpg" \
  -i "$P/cove-canvas-tote.jpg" -i "$P/harbour-stoneware-mug.jpg" \
  -filter_complex "\
[1:v]crop=440:400:100:170,scale=418:380[shirt];\
[2:v]crop=460:420:90:160,scale=368:336[jacket];\
[3:v]crop=340:400:150:180,scale=255:300[tote];\
[4:v]crop=320:300:180:250,scale=288:270[mug];\
[0:v]drawbox=x=0:y=0:w=1200:h=800:color=0xFFFFFF@0.0:t=fill,\
drawbox=x=66:y=78:w=418:h=380:color=black@0.10:t=fill,\
drawbox=x=526:y=48:w=368:h=336:color=black@0.10:t=fill,\
drawbox=x=936:y=258:w=255:h=300:color=black@0.10:t=fill,\
drawbox=x=506:y=448:w=288:h=270:color=black@0.10:t=fill[bg];\
[bg][shirt]overlay=60:70[a];[a][jacket]overlay=520:40[b];[b][tote]overlay=930:250[c];[c][mug]overlay=500:440,format=yuvj420p" \
  -frames:v 1 -q:v 6 "$HERE/lookbook.jpg"
ls -l "$HERE/lookbook.jpg"
