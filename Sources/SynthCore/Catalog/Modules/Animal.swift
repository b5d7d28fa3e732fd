extension MethodCatalog {
    static let animalMethods: [MethodSpec] = [
        listMethod("animal.type", "animal/type.txt", doc: "Kind of animal.", example: "dog"),
        listMethod("animal.dog", "animal/dog.txt", doc: "Dog breed.", example: "Beagle"),
        listMethod("animal.cat", "animal/cat.txt", doc: "Cat breed.", example: "Siamese"),
        listMethod("animal.bird", "animal/bird.txt", doc: "Bird species.", example: "Barn Owl"),
        listMethod("animal.fish", "animal/fish.txt", doc: "Fish species.", example: "Atlantic Salmon"),
        listMethod("animal.horse", "animal/horse.txt", doc: "Horse breed.", example: "Arabian"),
        listMethod("animal.insect", "animal/insect.txt", doc: "Insect species.", example: "Honey Bee"),
        listMethod("animal.rabbit", "animal/rabbit.txt", doc: "Rabbit breed.", example: "Holland Lop"),
        listMethod("animal.cow", "animal/cow.txt", doc: "Cattle breed.", example: "Holstein"),
        listMethod("animal.bear", "animal/bear.txt", doc: "Bear species.", example: "Grizzly Bear"),
        listMethod("animal.lion", "animal/lion.txt", doc: "Lion subspecies.", example: "Asiatic Lion"),
        listMethod("animal.snake", "animal/snake.txt", doc: "Snake species.", example: "King Cobra"),
        listMethod("animal.petName", "animal/pet_names.txt", aliases: ["pet_name"], doc: "Pet name.", example: "Biscuit"),
        listMethod("animal.cetacean", "animal/cetacean.txt", doc: "Whale, dolphin or porpoise species.", example: "Humpback Whale"),
        listMethod("animal.crocodilia", "animal/crocodilia.txt", doc: "Crocodile, alligator, caiman or gharial species.", example: "Nile Crocodile"),
        listMethod("animal.rodent", "animal/rodent.txt", doc: "Rodent species.", example: "Capybara"),
    ]
}
