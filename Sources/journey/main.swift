import JourneyKit
import Foundation
var map = JourneyMap(title: "Cat mug shop: first purchase", persona: "Ana, 34")
let a = try map.appendStage(named: "Awareness", goal: "Discover the brand")
let c = try map.appendStage(named: "Consideración")
let t = try map.appendTouchpoint(named: "Instagram ad", channel: "social")
let w = try map.appendTouchpoint(named: "Web shop", channel: "web")
map.updateCell(stage: a, touchpoint: t) { $0.note = "Sees the mug ad\nand clicks\n\n  indented"; $0.emotion = Emotion(1); $0.feeling = "curious"; $0.painPoints = ["The ad hides the price", ""]; $0.opportunities = ["Show \"price\" \u{1B}[31m"] }
map.updateCell(stage: c, touchpoint: w) { $0.note = " lead"; $0.emotion = Emotion(-2) }
let text = JourneyWriter.text(for: map)
print(text)
let back = try JourneyParser.parse(text, path: "x")
print(back == map, JourneyWriter.text(for: back) == text)
do { _ = try JourneyParser.parse("journey 1\ntitle: x\n[stage a]\nname: A\n[cell a b]\nemotion: 3\nnote: \"abc\nzz: \u{1B}\n", path: "bad.journey") } catch { print(error) }
