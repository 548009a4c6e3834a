import ArgumentParser
import DocketModel
import DocketStore
import DocketText
import Foundation

/// `docket meeting add STORE --date D --time T --place P`: a new meeting from the committee's template.
struct MeetingAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "add",
        abstract: PreparationWords.current.meetingAddAbstract,
        discussion: PreparationWords.current.meetingAddDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.dateHelp))
    var date: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.timeHelp))
    var time: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.placeHelp))
    var place: String

    @Option(help: ArgumentHelp(stringLiteral: PreparationWords.current.meetingIDHelp))
    var id: String?

    func validate() throws {
        let words = PreparationWords.current
        guard CalendarDate.isValid(date) else { throw ValidationError(words.badDate(date)) }
        let parts = time.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { throw ValidationError(words.badTime(time)) }
    }

    func run() throws {
        let words = PreparationWords.current
        let (loader, contents) = try Preparation.openValid(store)
        let meetingID = id ?? date
        guard StoreIdentifier.isValid(meetingID), !contents.meetings.contains(where: { $0.id == meetingID }) else {
            Console.error("docket: " + words.takenID(InertText.make(meetingID)))
            throw ExitStatus.usage
        }
        let meeting = AgendaTemplate.meeting(id: meetingID, date: date, time: time, place: place, committee: contents.committee)
        try Preparation.writing(store, committee: contents.committee) { () throws(WriteError) in
            try AgendaFiles(reader: loader.reader).create(meeting)
        }
        Console.output(InertText.make(words.meetingAdded(meetingID, date, meeting.agenda.count)))
    }
}
