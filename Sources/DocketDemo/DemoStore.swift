import Foundation

/// The bundled demo committee: Socialnämnden of the fictional Åsbro kommun,
/// an ordinary store shipped as a resource of Docket.
public enum DemoStore {
    /// The folder of the bundled store, or nil if the installation lacks it.
    public static var path: String? {
        Bundle.module.url(forResource: "demo", withExtension: nil)?.path
    }
}
