#!/usr/bin/env python3
"""Write Resources/locales/ja_JP/romanized_names.tsv: a Latin (Hepburn, no macrons)
spelling of every ja_JP first and last name, so e-mail addresses and user names can be
made from a Japanese person's name (tanaka.hiroshi@...) instead of a placeholder.

Run from the repository root (pin: pip install Faker==40.63.0):

    python3 Resources/scripts/derive_ja_romanized.py

Readings: Faker's ja_JP person provider pairs (kanji, kana, romanized; MIT licence) where it
has the name; otherwise the most common reading, written for synthgen (OWN below).
Macrons are dropped (Yūko -> Yuko) because e-mail local parts are ASCII.
"""
import csv
import sys
import unicodedata
from importlib.metadata import version

# The most common reading of each name Faker has no pair for (own writing).
OWN = """
恵子 Keiko|京子 Kyoko|幸子 Sachiko|洋子 Yoko|和子 Kazuko|裕子 Yuko|久美子 Kumiko|由美子 Yumiko|真由美 Mayumi|直美 Naomi|智子 Tomoko|美穂 Miho|恵 Megumi|愛 Ai|彩 Aya|瞳 Hitomi|麻衣 Mai|美咲 Misaki|優子 Yuko|沙織 Saori|友美 Tomomi|真理子 Mariko|由美 Yumi|陽菜 Hina|葵 Aoi|凛 Rin|結菜 Yuna|芽依 Mei|紬 Tsumugi|陽葵 Himari|澪 Mio|莉子 Riko|美桜 Mio|咲良 Sakura|心春 Koharu|杏 An|詩 Uta|結愛 Yua|花 Hana|七海 Nanami|彩花 Ayaka|美羽 Miu|美月 Mizuki|楓 Kaede|愛子 Aiko|優奈 Yuna|彩乃 Ayano|千尋 Chihiro|遥 Haruka|菜々子 Nanako|奈々 Nana|明日香 Asuka|真央 Mao|沙也加 Sayaka|亜美 Ami|智美 Tomomi|由香 Yuka|里奈 Rina|愛美 Manami|美香 Mika|由紀 Yuki|理恵 Rie|幸恵 Yukie|典子 Noriko|順子 Junko|節子 Setsuko|悦子 Etsuko|美智子 Michiko|純子 Junko|信子 Nobuko|良子 Yoshiko|文子 Fumiko|弘子 Hiroko|正子 Masako|和美 Kazumi|久子 Hisako|友子 Tomoko|純 Jun|恵美 Emi|麻美 Asami|真美 Mami|香 Kaori|綾 Aya|彩香 Ayaka|瑞穂 Mizuho|千晴 Chiharu|美優 Miyu|未来 Miku|希 Nozomi|琴音 Kotone|花音 Kanon|萌 Moe|菜月 Natsuki|美保 Miho|早紀 Saki|夏美 Natsumi|千夏 Chinatsu|紀子 Noriko|敦子 Atsuko|康子 Yasuko|昌子 Masako
大輔 Daisuke|健太 Kenta|拓也 Takuya|大樹 Daiki|翔 Sho|達也 Tatsuya|誠 Makoto|隆 Takashi|健 Ken|亮 Ryo|剛 Tsuyoshi|修 Osamu|勇 Isamu|茂 Shigeru|清 Kiyoshi|実 Minoru|進 Susumu|博 Hiroshi|明 Akira|正 Tadashi|豊 Yutaka|裕 Yutaka|聡 Satoshi|徹 Toru|大翔 Hiroto|蓮 Ren|陽翔 Haruto|湊 Minato|樹 Itsuki|悠真 Yuma|大和 Yamato|陸 Riku|颯太 Sota|蒼 Aoi|悠斗 Yuto|陽太 Hinata|朝陽 Asahi|結翔 Yuito|律 Ritsu|新 Arata|碧 Aoi|颯 Hayate|奏太 Sota|陽向 Hinata|海斗 Kaito|拓海 Takumi|優斗 Yuto|涼太 Ryota|一郎 Ichiro|健二 Kenji|浩二 Koji|誠一 Seiichi|秀樹 Hideki|雄太 Yuta|雄一 Yuichi|洋平 Yohei|康介 Kosuke|俊介 Shunsuke|圭介 Keisuke|大介 Daisuke|雄介 Yusuke|慎也 Shinya|和彦 Kazuhiko|正人 Masato|隆之 Takayuki|浩之 Hiroyuki|博之 Hiroyuki|和夫 Kazuo|正夫 Masao|幸男 Yukio|昭 Akira|勝 Masaru|弘 Hiroshi|武 Takeshi|功 Isao|哲也 Tetsuya|信也 Shinya|克也 Katsuya|雅之 Masayuki|将太 Shota|勇気 Yuki|一輝 Kazuki|光 Hikaru|大地 Daichi|匠 Takumi|駿 Shun|隼人 Hayato|蒼空 Sora|悠人 Yuto|陽斗 Haruto|瑛太 Eita|蒼真 Soma|智 Satoshi|哲 Satoshi|仁 Jin|純一 Junichi|伸一 Shinichi|賢一 Kenichi|正和 Masakazu|秀人 Hideto|義男 Yoshio|光男 Mitsuo|清志 Kiyoshi|健太郎 Kentaro|康平 Kohei|翔平 Shohei|陽介 Yosuke|晴 Haru
金子 Kaneko|中野 Nakano|原田 Harada|竹内 Takeuchi|小野 Ono|田村 Tamura|中山 Nakayama|和田 Wada|石田 Ishida|森田 Morita|上田 Ueda|原 Hara|内田 Uchida|柴田 Shibata|酒井 Sakai|宮崎 Miyazaki|横山 Yokoyama|高木 Takagi|安藤 Ando|宮本 Miyamoto|大野 Ono|小島 Kojima|谷口 Taniguchi|今井 Imai|工藤 Kudo|高田 Takada|増田 Masuda|丸山 Maruyama|杉山 Sugiyama|村田 Murata|大塚 Otsuka|新井 Arai|小山 Koyama|平野 Hirano|藤本 Fujimoto|河野 Kono|上野 Ueno|野口 Noguchi|武田 Takeda|松井 Matsui|千葉 Chiba|岩崎 Iwasaki|菅原 Sugawara|木下 Kinoshita|久保 Kubo|佐野 Sano|野村 Nomura|松尾 Matsuo|市川 Ichikawa|菊地 Kikuchi|杉本 Sugimoto|古川 Furukawa|大西 Onishi|島田 Shimada|水野 Mizuno|桜井 Sakurai|高野 Takano|渡部 Watanabe|吉川 Yoshikawa|山内 Yamauchi|西田 Nishida|飯田 Iida|菊池 Kikuchi|西川 Nishikawa|小松 Komatsu|北村 Kitamura|安田 Yasuda|五十嵐 Igarashi|川口 Kawaguchi|平田 Hirata|関 Seki|中田 Nakata|久保田 Kubota|服部 Hattori|東 Higashi|岩田 Iwata|土屋 Tsuchiya|川崎 Kawasaki|福島 Fukushima|本田 Honda|辻 Tsuji|樋口 Higuchi|秋山 Akiyama|田口 Taguchi|永井 Nagai|山中 Yamanaka|中西 Nakanishi|吉村 Yoshimura|川上 Kawakami|石原 Ishihara|大橋 Ohashi|松岡 Matsuoka|馬場 Baba|浅野 Asano|荒木 Araki|大久保 Okubo|野田 Noda|小沢 Ozawa|田辺 Tanabe|川村 Kawamura|星野 Hoshino|黒田 Kuroda|堀 Hori|尾崎 Ozaki|望月 Mochizuki|永田 Nagata|熊谷 Kumagai|内藤 Naito|松村 Matsumura|西山 Nishiyama|大谷 Otani|平井 Hirai|大島 Oshima|岩本 Iwamoto|片山 Katayama|本間 Honma|早川 Hayakawa|横田 Yokota|岡崎 Okazaki|荒井 Arai|大石 Oishi|鎌田 Kamata|成田 Narita|宮田 Miyata|小田 Oda|石橋 Ishibashi|篠原 Shinohara|須藤 Sudo|河合 Kawai|大川 Okawa|高山 Takayama|宮下 Miyashita
"""

DIR = "Resources/locales/ja_JP"


def main():
    if version("Faker") != "40.63.0":
        sys.exit("pin Faker==40.63.0")
    from faker.providers.person.ja_JP import Provider
    own = dict(pair.split(" ") for line in OWN.split("\n") if line for pair in line.split("|"))
    pairs = {}
    for attr in ("first_name_female_pairs", "first_name_male_pairs", "last_name_pairs"):
        for entry in getattr(Provider, attr):
            pairs[entry[0]] = entry[2]
    rows, seen = [], set()
    for name_file in ("last_names", "first_names_female", "first_names_male"):
        with open(f"{DIR}/{name_file}.tsv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = row["name"]
                if name in seen:
                    continue
                seen.add(name)
                latin = pairs.get(name) or own.get(name)
                if latin is None:
                    sys.exit(f"no reading for {name}: add it to OWN")
                latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
                assert latin.isalpha(), (name, latin)
                rows.append((name, latin))
    with open(f"{DIR}/romanized_names.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("name\tromanized\n")
        for name, latin in rows:
            fh.write(f"{name}\t{latin}\n")
    print(f"{len(rows)} names, {sum(1 for n, _ in rows if n in pairs)} from Faker's pairs")


if __name__ == "__main__":
    main()
