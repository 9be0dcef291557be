import JourneyKit

/// The cat-mug map of the JSON interchange contract, with a second stage and touchpoint: a full
/// cell, a cell with only an emotion and a note with a line break. The JSON tests and the
/// benchmark's Codable mirror of the contract both read and write it.
public func interchangeExampleMap() throws -> JourneyMap {
    var map = JourneyMap(
        title: "Cat mug shop: first purchase",
        persona: "Ana, 34, buys gifts online",
        scenario: "Why do first-time buyers abandon the cart?")
    let awareness = try map.appendStage(named: "Awareness", goal: "Discover the brand")
    let purchase = try map.appendStage(named: "Purchase")
    let ad = try map.appendTouchpoint(named: "Instagram ad", channel: "social")
    let cart = try map.appendTouchpoint(named: "Cart")
    map.setCell(
        Cell(
            note: "Sees the mug ad and clicks through", emotion: Emotion(1), feeling: "curious",
            painPoints: ["The ad hides the price"], opportunities: ["Show the price in the ad"]),
        stage: awareness, touchpoint: ad)
    map.setCell(Cell(emotion: Emotion(-2)), stage: purchase, touchpoint: cart)
    map.setCell(Cell(note: "Looks at\nthe basket"), stage: awareness, touchpoint: cart)
    return map
}
