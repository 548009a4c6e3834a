import DocketStore
import Foundation
import Glibc
import Testing

@Suite("Watching for changes by other processes")
struct StoreWatcherTests {
    /// Another process replaces the file by an atomic rename, as Docket writes it.
    private func replaceFromAnotherProcess(_ path: String, text: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "printf '%s' \"$2\" > \"$1.tmp\" && mv \"$1.tmp\" \"$1\"", "sh", path, text]
        try process.run()
        process.waitUntilExit()
    }

    @Test("inotify wakes a waiting poll, and the change is reported once; so does the polling fallback", arguments: [true, false])
    func noticed(inotify: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.path + "/docket-watch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/live.json"
        try replaceFromAnotherProcess(file, text: "{\"generation\": 1}")
        let watcher = StoreWatcher(directories: [folder], files: { [file] }, useInotify: inotify)
        #expect((watcher.descriptor != nil) == inotify)
        #expect(watcher.changedFiles().isEmpty)

        try replaceFromAnotherProcess(file, text: "{\"generation\": 2}")
        if let descriptor = watcher.descriptor {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            #expect(poll(&request, 1, 2_000) == 1, "inotify did not wake the wait")
        }
        #expect(watcher.changedFiles() == [file])
        #expect(watcher.changedFiles().isEmpty)
    }

    @Test("a folder that appears later is watched from then on; files beside the watched ones are not reported")
    func folderAppearing() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/docket-watch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let later = folder + "/positions"
        let file = later + "/2026-12-03.json"
        let watcher = StoreWatcher(directories: [folder, later], files: { [file] })
        #expect(watcher.descriptor != nil)
        try replaceFromAnotherProcess(folder + "/other.json", text: "{}")
        #expect(watcher.changedFiles().isEmpty)
        try FileManager.default.createDirectory(atPath: later, withIntermediateDirectories: true)
        try replaceFromAnotherProcess(file, text: "{\"positions\": []}")
        #expect(watcher.changedFiles() == [file])
        try replaceFromAnotherProcess(file, text: "{\"positions\": [1]}")
        #expect(watcher.changedFiles() == [file])
        #expect(watcher.changedFiles().isEmpty)
    }
}
