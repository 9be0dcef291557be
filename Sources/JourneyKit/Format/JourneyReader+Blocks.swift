extension JourneyReader {
    // MARK: Blocks

    mutating func readBlockHeader(from start: Int, to end: Int) {
        let close = source.trimmedEnd(start, end) - 1
        guard close > start, bytes[close] == UInt8(ascii: "]") else {
            report(.journey(.headerNotClosed), at: source.trimmedEnd(start, end))
            context = .skipped
            return
        }
        if let control = source.firstRawControl(from: start + 1, to: close) {
            report(.journey(.controlInHeader(source.control(at: control))), at: control)
            context = .skipped
            return
        }
        let location = location(at: start)
        // The words between the brackets: how many, and where the first three are.
        var wordCount = 0
        var kindWord = (start: 0, end: 0), secondWord = kindWord, thirdWord = kindWord
        var index = start + 1
        while index < close {
            while index < close && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            guard index < close else { break }
            let wordStart = index
            while index < close && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
            switch wordCount {
            case 0: kindWord = (wordStart, index)
            case 1: secondWord = (wordStart, index)
            case 2: thirdWord = (wordStart, index)
            default: break
            }
            wordCount += 1
        }
        resetSeenFields()
        storeCurrentCell()
        guard wordCount > 0 else {
            report(.journey(.emptyHeader), at: start)
            context = .skipped
            return
        }
        let kindText: String
        if source.equals("stage", from: kindWord.start, to: kindWord.end) {
            kindText = "stage"
        } else if source.equals("touchpoint", from: kindWord.start, to: kindWord.end) {
            kindText = "touchpoint"
        } else if source.equals("cell", from: kindWord.start, to: kindWord.end) {
            kindText = "cell"
        } else {
            kindText = source.string(from: kindWord.start, to: kindWord.end)
        }
        switch kindText {
        case "stage", "touchpoint":
            guard wordCount == 2 else {
                report(.journey(.axisHeaderShape(kindText)), at: start)
                context = .skipped
                return
            }
            guard let key = readKey(secondWord, axis: kindText) else {
                context = .skipped
                return
            }
            if kindText == "stage" {
                if stageKeyIndex[key] == nil { stageKeyIndex[key] = stages.count }
                stageKeyRanges.append(secondWord.start..<secondWord.end)
                stages.append(PendingStage(key: key, header: location))
                context = .stage(stages.count - 1)
            } else {
                if touchpointKeyIndex[key] == nil { touchpointKeyIndex[key] = touchpoints.count }
                touchpointKeyRanges.append(secondWord.start..<secondWord.end)
                touchpoints.append(PendingTouchpoint(key: key, header: location))
                context = .touchpoint(touchpoints.count - 1)
            }
        case "cell":
            guard wordCount == 3 else {
                report(.journey(.cellHeaderShape), at: start)
                context = .skipped
                return
            }
            // The usual case: the keys are the last cell's stage (or the next) and the touchpoint after the last cell's.
            var stage = -1
            var touchpoint = -1
            if lastCellStage >= 0, source.equals(stageKeyRanges[lastCellStage], from: secondWord.start, to: secondWord.end) {
                stage = lastCellStage
            } else if lastCellStage + 1 < stageKeyRanges.count, source.equals(stageKeyRanges[lastCellStage + 1], from: secondWord.start, to: secondWord.end) {
                stage = lastCellStage + 1
            }
            if stage >= 0 {
                if lastCellTouchpoint + 1 < touchpointKeyRanges.count, source.equals(touchpointKeyRanges[lastCellTouchpoint + 1], from: thirdWord.start, to: thirdWord.end) {
                    touchpoint = lastCellTouchpoint + 1
                } else if !touchpointKeyRanges.isEmpty, source.equals(touchpointKeyRanges[0], from: thirdWord.start, to: thirdWord.end) {
                    touchpoint = 0
                }
            }
            if stage < 0 || touchpoint < 0 {
                guard let stageKey = readKey(secondWord, axis: "stage"), let touchpointKey = readKey(thirdWord, axis: "touchpoint") else {
                    context = .skipped
                    return
                }
                stage = stageKeyIndex[stageKey] ?? unresolvedKey(stageKey)
                touchpoint = touchpointKeyIndex[touchpointKey] ?? unresolvedKey(touchpointKey)
            }
            if stage >= 0 && touchpoint >= 0 {
                lastCellStage = stage
                lastCellTouchpoint = touchpoint
            }
            currentCell = PendingCell(stage: stage, touchpoint: touchpoint, line: location.line, column: location.column)
            context = .cell
        default:
            guard source.isFieldKey(from: kindWord.start, to: kindWord.end) else {
                report(.journey(.unknownBlockKind(JourneyReader.excerpt(kindText))), at: kindWord.start)
                context = .skipped
                return
            }
            extraBlocks.append(ExtraBlock(header: source.joinedWords(from: start + 1, to: close), fields: []))
            context = .extra(extraBlocks.count - 1)
        }
    }

    mutating func unresolvedKey(_ key: String) -> Int {
        unresolvedKeys.append(key)
        return ~(unresolvedKeys.count - 1)
    }

    /// Moves the cell block just read, if any, to `cellChunks`.
    mutating func storeCurrentCell() {
        guard let cell = currentCell.take() else { return }
        if cellChunks.isEmpty || cellChunks[cellChunks.count - 1].count == Self.cellChunkSize {
            var chunk: [PendingCell] = []
            chunk.reserveCapacity(Self.cellChunkSize)
            cellChunks.append(chunk)
        }
        cellChunks[cellChunks.count - 1].append(cell)
        cellCount += 1
    }

    mutating func readKey(_ word: (start: Int, end: Int), axis: String) -> String? {
        guard source.isValidKey(from: word.start, to: word.end) else {
            report(
                .journey(.invalidKey(JourneyReader.excerpt(source.string(from: word.start, to: word.end)), axis: axis)),
                at: word.start)
            return nil
        }
        return source.string(from: word.start, to: word.end)
    }

    mutating func resetSeenFields() {
        for index in seenOnLine.indices { seenOnLine[index] = 0 }
    }

}
