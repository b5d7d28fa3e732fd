extension MethodCatalog {
    static let musicMethods: [MethodSpec] = [
        listMethod("music.genre", "music/genres.txt", aliases: ["music_genre"], doc: "Music genre.", example: "Jazz"),
        listMethod("music.artist", "music/artists.txt", doc: "Artist or band (fictional).", example: "The Velvet Static"),
        listMethod("music.album", "music/albums.txt", doc: "Album title (fictional).", example: "Northern Lights"),
        MethodSpec("music.songName", aliases: ["song_name"], doc: "Song title of two or three words.", example: "Golden Midnight Road") { _, context in
            let words = try context.list("music/song_words.txt")
            return ClosureGenerator { random, row in Lorem.words(words, 2 + random.below(2), capitalize: false, &random, row.cells) }
        },
    ]
}
