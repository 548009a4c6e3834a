public enum DemoStore {}
